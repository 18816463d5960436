import 'reflect-metadata';
import type { INestApplication, Type } from '@nestjs/common';
import { pino } from 'pino';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { inject } from 'vitest';
import { maakApp } from '../app.js';
import { Klok } from '../common/klok.js';
import { laadConfig, type AppConfig } from '../config/config.js';
import { DEMO_WACHTWOORD } from '../seed/demo-seed.js';
import { hashWachtwoord } from '../auth/wachtwoord.js';
import type { HuidigeGebruiker, Rol } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { AppVerbindingen } from '../app.module.js';
import { type DatabaseVerbindingen, metDataSource, migreer } from '../database/database.js';
import { EIGENAAR_ROL } from '../database/rollen.js';
import { enkeleRij } from '../common/sql.js';
import { body } from './antwoord.js';

/** A clock the test moves by hand: session timeouts are tested without waiting. */
export class VerstelbareKlok extends Klok {
  private tijd = new Date('2026-11-22T09:00:00Z');
  override nu(): Date {
    return new Date(this.tijd);
  }
  verzet(minuten: number): void {
    this.tijd = new Date(this.tijd.getTime() + minuten * 60_000);
  }
  zet(tijd: Date): void {
    this.tijd = new Date(tijd);
  }
}

export interface TestApp {
  app: INestApplication;
  klok: VerstelbareKlok;
  config: AppConfig;
  http: () => TestAgent;
  close: () => Promise<void>;
}

/** The run's database as the app sees it: the API role's and the report role's logins. */
export function testVerbindingen(): AppVerbindingen {
  return { api: inject('databaseUrl'), rapportage: inject('databaseRapportageUrl') };
}

/** The real app on the run's PostgreSQL (or on `database`), reached over HTTP. */
export async function startTestApp(env: Record<string, string> = {}, extraModules: Type[] = [], database: AppVerbindingen = testVerbindingen()): Promise<TestApp> {
  const config = laadConfig({ APP_ENV: 'test', WEB_DIST: '/nonexistent', TRUST_PROXY: 'true', ...env });
  const klok = new VerstelbareKlok();
  klok.zet(new Date());
  const app = await maakApp(config, database, { logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), klok, extraModules });
  await app.init();
  return { app, klok, config, http: () => request.agent(app.getHttpServer()), close: () => app.close() };
}

let ipTeller = 0;
/** A distinct client address per test, so per-IP login limits of one test don't touch another. */
export function uniekIp(): string {
  ipTeller += 1;
  return `10.${process.pid % 250}.${Math.floor(ipTeller / 250)}.${ipTeller % 250}`;
}

/** Logs in as a demo user; returns an agent that keeps the session cookie, and the CSRF token. */
export async function inloggenAls(t: TestApp, gebruikersnaam: string) {
  const agent = t.http();
  const antwoord = await agent
    .post('/api/auth/inloggen')
    .set('X-Forwarded-For', uniekIp())
    .send({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD })
    .expect(200);
  const me = body<HuidigeGebruiker>(antwoord);
  return { agent, csrf: me.csrfToken, me };
}

/** A fresh account for tests that lock, disable or throttle it, so demo accounts stay usable. */
export async function maakTestGebruiker(t: TestApp, rol: Rol = 'consulent', organisatieNaam?: string): Promise<{ id: string; gebruikersnaam: string; wachtwoord: string }> {
  const db = t.app.get(DataSource);
  const gebruikersnaam = `test.${rol}.${randomUUID().slice(0, 8)}`;
  const wachtwoord = 'Test-wachtwoord-2026';
  // A consultant belongs to a consultants' organisation no demo account is in (Wmo-team Weert): the
  // plan is shared with everyone of the casemanager's organisation, so a test casemanager of, say,
  // AMW would share every household with professional.amw without consent.
  const organisatie = organisatieNaam
    ? await enkeleRij<{ id: string }>(db, `SELECT id FROM organisatie WHERE naam = $1`, [organisatieNaam])
    : await enkeleRij<{ id: string }>(db, rol === 'consulent' ? `SELECT id FROM organisatie WHERE naam = 'Wmo-team Weert'` : `SELECT id FROM organisatie ORDER BY naam LIMIT 1`);
  const rij = await enkeleRij<{ id: string }>(
    db,
    `INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [gebruikersnaam, 'Test Gebruiker', rol, organisatie.id, await hashWachtwoord(wachtwoord)],
  );
  return { id: rij.id, gebruikersnaam, wachtwoord };
}

/** A fresh, empty database on the run's PostgreSQL (made by the superuser, owned by the owner role): its three logins. */
export async function legeDatabase(): Promise<DatabaseVerbindingen> {
  const naam = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await metDataSource(inject('databaseBeheerderUrl'), (db) => db.query(`CREATE DATABASE ${naam} OWNER ${EIGENAAR_ROL}`));
  const inDatabase = (sleutel: 'databaseUrl' | 'databaseRapportageUrl' | 'databaseEigenaarUrl') => {
    const url = new URL(inject(sleutel));
    url.pathname = `/${naam}`;
    return url.toString();
  };
  return { api: inDatabase('databaseUrl'), rapportage: inDatabase('databaseRapportageUrl'), eigenaar: inDatabase('databaseEigenaarUrl') };
}

/** A fresh, migrated database, for tests that need exact totals. */
export async function nieuweDatabase(): Promise<DatabaseVerbindingen> {
  const database = await legeDatabase();
  await migreer(database.eigenaar);
  return database;
}
