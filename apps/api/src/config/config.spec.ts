import { describe, expect, it } from 'vitest';
import { ConfigFout, laadConfig } from './config.js';

describe('laadConfig', () => {
  it('has working defaults for a developer machine', () => {
    const config = laadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.APP_ENV).toBe('development');
    expect(config.SEED_DEMO).toBe(true);
    expect(config.SESSION_IDLE_MINUTES).toBe(30);
    expect(config.SESSION_ABSOLUTE_HOURS).toBe(12);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong variable on its own line', () => {
    try {
      laadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'misschien' });
      expect.unreachable();
    } catch (fout) {
      expect(fout).toBeInstanceOf(ConfigFout);
      const meldingen = (fout as ConfigFout).meldingen;
      expect(meldingen).toHaveLength(3);
      expect(meldingen.find((m) => m.startsWith('PORT:'))).toContain('getal');
      expect(meldingen.find((m) => m.startsWith('DATABASE_URL:'))).toContain('postgres://');
      expect(meldingen.find((m) => m.startsWith('TRUST_PROXY:'))).toContain('true of false');
    }
  });

  it('reads the disclosure rules of the reports, with the defaults of thema 2', () => {
    expect(laadConfig({})).toMatchObject({ RAPPORTAGE_MINIMUM: 10, RAPPORTAGE_AFRONDING: 5, RAPPORTAGE_DOMINANTIE: 0.9 });
    expect(laadConfig({ RAPPORTAGE_MINIMUM: '15', RAPPORTAGE_DOMINANTIE: '0.85' })).toMatchObject({ RAPPORTAGE_MINIMUM: 15, RAPPORTAGE_DOMINANTIE: 0.85 });
    expect(() => laadConfig({ RAPPORTAGE_DOMINANTIE: '90' })).toThrow(/RAPPORTAGE_DOMINANTIE: moet tussen 0,5 en 1 liggen/);
    expect(() => laadConfig({ RAPPORTAGE_MINIMUM: '2' })).toThrow(/RAPPORTAGE_MINIMUM/);
  });

  it('reads the throttling settings, and refuses a back-off cap below its base', () => {
    expect(laadConfig({})).toMatchObject({ LOGIN_BACKOFF_BASE_SECONDS: 1, LOGIN_BACKOFF_MAX_SECONDS: 900, VERWIJSINDEX_MAX_PER_UUR: 30 });
    expect(laadConfig({ LOGIN_BACKOFF_BASE_SECONDS: '2', LOGIN_BACKOFF_MAX_SECONDS: '60', VERWIJSINDEX_MAX_PER_UUR: '10' })).toMatchObject({
      LOGIN_BACKOFF_BASE_SECONDS: 2,
      LOGIN_BACKOFF_MAX_SECONDS: 60,
      VERWIJSINDEX_MAX_PER_UUR: 10,
    });
    expect(() => laadConfig({ LOGIN_BACKOFF_BASE_SECONDS: '10', LOGIN_BACKOFF_MAX_SECONDS: '5' })).toThrow(/LOGIN_BACKOFF_MAX_SECONDS: mag niet kleiner zijn dan LOGIN_BACKOFF_BASE_SECONDS/);
    expect(() => laadConfig({ VERWIJSINDEX_MAX_PER_UUR: '0' })).toThrow(/VERWIJSINDEX_MAX_PER_UUR/);
  });

  it('refuses demo data and the embedded database in production', () => {
    expect(() => laadConfig({ APP_ENV: 'production', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO: demodata/);
    expect(() => laadConfig({ APP_ENV: 'production' })).toThrow(/DATABASE_URL: is verplicht/);
    expect(() => laadConfig({ APP_ENV: 'production', DATABASE_URL: 'postgres://api@db/eenplan' })).toThrow(/DATABASE_RAPPORTAGE_URL: is verplicht naast DATABASE_URL[\s\S]*DATABASE_MIGRATIE_URL: is verplicht/);
    expect(() => laadConfig({ DATABASE_RAPPORTAGE_URL: 'postgres://rapportage@db/eenplan' })).toThrow(/DATABASE_URL: is verplicht naast DATABASE_RAPPORTAGE_URL/);
    const drie = { DATABASE_URL: 'postgres://api@db/eenplan', DATABASE_RAPPORTAGE_URL: 'postgres://rapportage@db/eenplan', DATABASE_MIGRATIE_URL: 'postgres://eigenaar@db/eenplan' };
    expect(laadConfig({ APP_ENV: 'production', ...drie }).SEED_DEMO).toBe(false);
  });
});
