// Compatibility for specs written before the factory moved (issue 9: scripts never import tests).
export * from "@/lib/signals/fixtures/personas";
