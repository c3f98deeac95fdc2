import * as auth from "./auth";
import * as calendar from "./calendar";
import * as http from "./http";
import * as input from "./input";
import * as paths from "./paths";
import type { HostileCase } from "./types";

// One module per family (tests/e2e/hostile/<family>.ts exporting `cases`); add yours here.
export const hostileCases: HostileCase[] = [...paths.cases, ...auth.cases, ...input.cases, ...http.cases, ...calendar.cases];
