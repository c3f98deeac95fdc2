// Local timing check, not a test: npx tsx tests/unit/signals/time-evaluate.ts
import { performance } from "node:perf_hooks";
import { evaluate } from "../../../lib/signals";
import { fiveYearLead } from "./personas";

const data = fiveYearLead();
const runs = 2000;
for (let i = 0; i < 500; i++) evaluate(data);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  evaluate(data);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.floor(q * (runs - 1))]!.toFixed(3);
const result = evaluate(data);
console.log(
  `evaluate() over ${data.checkins.length} weeks (${result.history.length} history entries): median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${runs} runs`,
);
