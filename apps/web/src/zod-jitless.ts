// Must be the first import of the entry: it runs before any protocol schema is built.
import { config } from 'zod';

// Zod probes `new Function('')` to decide whether to compile fast parsers. Our CSP forbids eval, so the probe
// fails anyway, but Chromium still reports it as a CSP and Trusted Types violation. Jitless mode skips the probe.
config({ jitless: true });
