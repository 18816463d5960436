import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '@eenplan/contracts';

/** Repository root, so defaults work whatever folder the process was started from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleaans = z
  .enum(['true', 'false', '1', '0', 'ja', 'nee'], { message: 'gebruik true of false' })
  .transform((waarde) => ['true', '1', 'ja'].includes(waarde));

const geheelGetal = (min: number, max: number) =>
  z.coerce.number({ message: 'moet een getal zijn' }).int('moet een geheel getal zijn').min(min).max(max);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'moet beginnen met postgres:// of postgresql://')
  .optional();

const configSchema = z
  .object({
    APP_ENV: z.enum(['development', 'test', 'production'], { message: 'kies development, test of production' }).default('development'),
    PORT: geheelGetal(1, 65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    // Three logins, each with only its own rights (database/rollen.ts, infra/database-rollen.sql).
    DATABASE_URL: postgresUrl,
    DATABASE_RAPPORTAGE_URL: postgresUrl,
    DATABASE_MIGRATIE_URL: postgresUrl,
    EMBEDDED_PG_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data', 'postgres')),
    EMBEDDED_PG_PORT: geheelGetal(1024, 65535).default(54329),
    SEED_DEMO: booleaans.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_IDLE_MINUTES: geheelGetal(1, 24 * 60).default(30),
    SESSION_ABSOLUTE_HOURS: geheelGetal(1, 24 * 7).default(12),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: geheelGetal(1, 1000).default(5),
    LOGIN_MAX_FAILURES_PER_IP: geheelGetal(1, 100000).default(20),
    LOGIN_WINDOW_MINUTES: geheelGetal(1, 24 * 60).default(15),
    LOGIN_BACKOFF_BASE_SECONDS: geheelGetal(1, 3600).default(1),
    LOGIN_BACKOFF_MAX_SECONDS: geheelGetal(1, 24 * 3600).default(15 * 60),
    VERWIJSINDEX_MAX_PER_UUR: geheelGetal(1, 100000).default(30),
    TRUST_PROXY: booleaans.default(false),
    WEB_DIST: z.string().min(1).default(path.join(REPO_ROOT, 'apps', 'web', 'dist')),
    // Disclosure control of the thema-2 releases (see rapportage/onthulling.ts).
    RAPPORTAGE_MINIMUM: geheelGetal(3, 1000).default(10),
    RAPPORTAGE_AFRONDING: geheelGetal(1, 100).default(5),
    RAPPORTAGE_DOMINANTIE: z.coerce.number({ message: 'moet een getal zijn' }).min(0.5, 'moet tussen 0,5 en 1 liggen').max(1, 'moet tussen 0,5 en 1 liggen').default(0.9),
    // Releases are frozen forever, so a period before the product was in use must not be publishable.
    RAPPORTAGE_EERSTE_JAAR: geheelGetal(1900, 2100).default(2020),
    // Sign-in through the organisation's identity provider (auth/oidc.service.ts); README "Configuration".
    OIDC_ISSUER: z.url({ message: 'moet een URL zijn' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URL: z.url({ message: 'moet een URL zijn' }).optional(),
    OIDC_POST_LOGOUT_URL: z.url({ message: 'moet een URL zijn' }).optional(),
    OIDC_DEV: booleaans.default(false),
    OIDC_DEV_PORT: geheelGetal(1024, 65535).default(3001),
    LOKAAL_WACHTWOORD: booleaans.default(true),
    // Two-step login for roles with case access; unset means: required in production only.
    TWEEDE_FACTOR_VERPLICHT: booleaans.optional(),
    // Invitations by e-mail when set (smtp://user:pass@host:port); otherwise beheer sees the link once.
    SMTP_URL: z.url({ message: 'moet een smtp://-URL zijn' }).optional(),
    MAIL_AFZENDER: z.string().min(3).default('Eén plan <noreply@eenplan.local>'),
    // Where users open the app, for links in e-mails.
    PUBLIEKE_URL: z.url({ message: 'moet een URL zijn' }).default('http://127.0.0.1:3000'),
  })
  .superRefine((waarden, ctx) => {
    if (waarden.APP_ENV === 'production' && waarden.SEED_DEMO === true) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'demodata (met bekende wachtwoorden) is niet toegestaan in productie' });
    }
    if (waarden.LOGIN_BACKOFF_MAX_SECONDS < waarden.LOGIN_BACKOFF_BASE_SECONDS) {
      ctx.addIssue({ code: 'custom', path: ['LOGIN_BACKOFF_MAX_SECONDS'], message: 'mag niet kleiner zijn dan LOGIN_BACKOFF_BASE_SECONDS' });
    }
    for (const variabele of ['DATABASE_RAPPORTAGE_URL', 'DATABASE_MIGRATIE_URL'] as const) {
      if (waarden.DATABASE_URL && !waarden[variabele]) {
        ctx.addIssue({ code: 'custom', path: [variabele], message: 'is verplicht naast DATABASE_URL (rapportage en migraties hebben elk een eigen databaserol)' });
      }
      if (!waarden.DATABASE_URL && waarden[variabele]) {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: `is verplicht naast ${variabele}` });
      }
    }
    const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;
    if (oidc.some((v) => waarden[v])) {
      for (const v of oidc) if (!waarden[v]) ctx.addIssue({ code: 'custom', path: [v], message: `is verplicht naast ${oidc.filter((w) => waarden[w]).join(', ')}` });
    }
    if (waarden.APP_ENV === 'production' && waarden.OIDC_DEV) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_DEV'], message: 'de ontwikkel-inlogdienst (met bekende accounts) is niet toegestaan in productie' });
    }
    if (!waarden.LOKAAL_WACHTWOORD && !waarden.OIDC_ISSUER && !waarden.OIDC_DEV) {
      ctx.addIssue({ code: 'custom', path: ['LOKAAL_WACHTWOORD'], message: 'kan alleen uit als OIDC_ISSUER is ingesteld (anders kan niemand inloggen)' });
    }
    if (waarden.APP_ENV === 'production' && !waarden.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is verplicht in productie (de ingebouwde PostgreSQL is voor ontwikkeling)' });
    }
  });

export type AppConfig = Omit<z.infer<typeof configSchema>, 'SEED_DEMO' | 'TWEEDE_FACTOR_VERPLICHT'> & { SEED_DEMO: boolean; TWEEDE_FACTOR_VERPLICHT: boolean };

export class ConfigFout extends Error {
  constructor(readonly meldingen: string[]) {
    super(`Ongeldige configuratie:\n${meldingen.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/** For the processes' entry points: the config, or its Dutch message on stderr and exit code 1. */
export function laadConfigOfStop(): AppConfig {
  try {
    return laadConfig();
  } catch (fout) {
    process.stderr.write(`${fout instanceof ConfigFout ? fout.message : String(fout)}\n`);
    process.exit(1);
  }
}

/** Validates the environment once at start; every wrong variable gets its own line. */
export function laadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const invoer = Object.fromEntries(Object.entries(env).filter(([, waarde]) => waarde !== undefined && waarde !== ''));
  const resultaat = configSchema.safeParse(invoer);
  if (!resultaat.success) {
    throw new ConfigFout(resultaat.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const waarden = resultaat.data;
  return { ...waarden, SEED_DEMO: waarden.SEED_DEMO ?? waarden.APP_ENV === 'development', TWEEDE_FACTOR_VERPLICHT: waarden.TWEEDE_FACTOR_VERPLICHT ?? waarden.APP_ENV === 'production' };
}
