import { config } from 'zod';

// The page's policy forbids eval; zod would probe for it (new Function, caught, but reported as a
// policy violation) and compile its object parsers with it. Set before any schema is made, so this
// module is the worker's first import.
config({ jitless: true });
