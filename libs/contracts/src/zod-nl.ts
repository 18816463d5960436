import { z } from 'zod';

// Validation messages reach the user, so they are in Dutch everywhere (API and web).
z.config(z.locales.nl());

export { z };
