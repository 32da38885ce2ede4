// Must be the first import of the entry: it runs before any protocol schema is built.
import { config } from 'zod/mini';

// Classic zod objects probe `new Function('')` to decide whether to compile fast parsers. Our CSP forbids eval, so
// the probe fails anyway, but Chromium still reports it as a CSP and Trusted Types violation. The web's schemas are
// zod/mini, which never probes; jitless mode keeps it so should a classic schema ever be parsed here.
config({ jitless: true });
