import { expect } from "@playwright/test";
import type { HostileCase } from "./types";

export const cases: HostileCase[] = [
  {
    name: "0 broken percent-encoding in a path answers 404, not 500",
    run: async ({ anonymous }) => {
      for (const path of ["/%E0%A4%A", "/checkin/%ZZ", "/share/%C0%AF"]) {
        const response = await anonymous.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(404);
      }
    },
  },
];
