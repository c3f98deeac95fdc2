import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

const framework = ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "recharts", "server-only"];
const noDb = ["@/db", "@/db/*", "**/db/*", "../db", "../db/*", "../../db/*"];
const noApp = ["@/app/*", "**/app/*"];
const noComponents = ["@/components/*", "**/components/*"];

// React's rules, and the React Compiler pass behind react-hooks (most of lint's time), mean something
// only where components live: lib/ and db/ may not import React, scripts/ and tests/ render none.
const reactRulesOff = Object.fromEntries(
  [...nextVitals, ...nextTs]
    .flatMap((config) => Object.keys(config.rules ?? {}))
    .filter((rule) => rule.startsWith("react-hooks/") || rule.startsWith("react/"))
    .map((rule) => [rule, "off"]),
);

const restrict = (groups, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-test/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**", "db/**", "scripts/**", "tests/**"],
    rules: reactRulesOff,
  },
  {
    files: ["lib/**"],
    rules: restrict([...framework, ...noDb, ...noApp, ...noComponents], "lib/ is the pure domain: no framework, db/, app/ or components/."),
  },
  {
    files: ["db/**"],
    rules: restrict([...noApp, ...noComponents, "next", "next/*", "react", "react/*"], "db/ imports only db/ and lib/."),
  },
  {
    files: ["components/**"],
    rules: restrict([...noDb, ...noApp], "components/ never touch db/ or app/; data arrives as props, mutations as server actions."),
  },
]);
