// Vite's `?raw` suffix imports a file's text as a string (both test runners load modules through Vite).
declare module '*?raw' {
  const text: string;
  export default text;
}

// parse-prometheus-text-format ships no types: what the metrics test reads of its answer (prom2json's shape).
declare module 'parse-prometheus-text-format' {
  interface Sample {
    labels?: Record<string, string>;
    value?: string;
    buckets?: Record<string, string>;
    count?: string;
    sum?: string;
  }
  export default function parse(
    text: string,
  ): Array<{ name: string; help: string; type: string; metrics: Sample[] }>;
}
