/**
 * Benchmark: building a full quarterly thema-2 release over 100,000 households.
 * Own embedded PostgreSQL in a temp folder; bulk data in SQL; then the release build
 * (indicators under the reporting role + disclosure control with its LP audit) is timed.
 *   npm run bench:release  [-- --huishoudens 100000 --herhalingen 3]
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { metDataSource, metRapportageDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { vorigKwartaal } from '../rapportage/periode.js';
import { bouwTabellen } from '../rapportage/release.service.js';
import { seedDemoAlsLeeg } from '../seed/demo-seed.js';
import { vulMetHuishoudens } from './bulk-huishoudens.js';

const { values } = parseArgs({ options: { huishoudens: { type: 'string', default: '100000' }, herhalingen: { type: 'string', default: '3' } } });
const AANTAL = Number(values.huishoudens);
const HERHALINGEN = Number(values.herhalingen);

const map = mkdtempSync(path.join(tmpdir(), 'eenplan-bench-release-'));
chmodSync(map, 0o755);
const pg = await startIngebouwdePostgres(path.join(map, 'pg'), 54000 + Math.floor(Math.random() * 900));
try {
  await migreer(pg.eigenaar);
  await metDataSource(pg.api, (db) => metRapportageDataSource(pg.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage)));
  let t0 = Date.now();
  // Bulk fill as the owner (it also runs ANALYZE); the release is built over the report role's login as in the app.
  await metDataSource(pg.eigenaar, async (db) => {
    await vulMetHuishoudens(db.query.bind(db), AANTAL);
    // Spread creation over two years, close a third of the plans, add regie, evaluations and experience.
    await db.query(`UPDATE huishouden SET aangemaakt_op = now() - ((hashtext(id::text) & 1023) % 720) * interval '1 day' WHERE straat = 'Benchstraat'`);
    await db.query(`UPDATE plan p SET aangemaakt_op = h.aangemaakt_op FROM huishouden h WHERE h.id = p.huishouden_id AND h.straat = 'Benchstraat'`);
    await db.query(`UPDATE plan SET status = 'afgesloten', afgesloten_op = aangemaakt_op + interval '200 days', afsluitreden = CASE WHEN hashtext(id::text) % 7 = 0 THEN 'geen_contact' ELSE 'doelen_bereikt' END
                    WHERE status = 'vastgesteld' AND aangemaakt_op < now() - interval '200 days' AND hashtext(id::text) % 3 = 0`);
    await db.query(`UPDATE doel d SET resultaat = (ARRAY['ja','deels','nee'])[1 + abs(hashtext(d.id::text)) % 3] FROM plan p WHERE p.id = d.plan_id AND p.status = 'afgesloten'`);
    await db.query(`INSERT INTO regie_afspraak (huishouden_id, houder, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door)
                    SELECT h.id, x.houder, CASE WHEN x.houder = 'professional' THEN h.casemanager_id END, 'bench', h.aangemaakt_op::date, h.aangemaakt_op::date + 180, true, h.casemanager_id
                    FROM huishouden h CROSS JOIN LATERAL (SELECT (ARRAY['huishouden','professional','huishouden'])[1 + abs(hashtext(h.id::text)) % 3] AS houder) x
                    WHERE h.straat = 'Benchstraat' AND abs(hashtext(h.id::text)) % 5 <> 0`);
    await db.query(`INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op, gehouden_op, gehoord_en_gezien, regie_passend)
                    SELECT p.huishouden_id, p.id, (p.aangemaakt_op + interval '90 days')::date, (p.aangemaakt_op + interval '90 days')::date, 'ja', true
                    FROM plan p JOIN huishouden h ON h.id = p.huishouden_id WHERE h.straat = 'Benchstraat' AND p.aangemaakt_op < now() - interval '90 days'`);
    await db.query(`INSERT INTO ervaringsmeting (huishouden_id, evaluatie_id, afgenomen_op, wijze, perspectief, regie, integraal, effect, gehoord, tevredenheid)
                    SELECT e.huishouden_id, e.id, e.gehouden_op, 'met_professional', 4, 4, 3, 4, 5, 4 FROM evaluatie e JOIN huishouden h ON h.id = e.huishouden_id
                    WHERE h.straat = 'Benchstraat' AND e.gehouden_op IS NOT NULL AND abs(hashtext(e.id::text)) % 2 = 0`);
    await db.query(`ANALYZE`);
  });
  console.log(`${AANTAL} huishoudens met plannen, doelen, acties, teams, regie en ervaringsmetingen aangemaakt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const periode = vorigKwartaal(new Date());
  const duren: number[] = [];
  const hashes = new Set<string>();
  let cellen: string[] = [];
  await metRapportageDataSource(pg.rapportage, async (db) => {
    for (let i = 0; i < HERHALINGEN; i += 1) {
      t0 = Date.now();
      const tabellen = await bouwTabellen(db, periode);
      duren.push(Date.now() - t0);
      hashes.add(createHash('sha256').update(JSON.stringify(tabellen)).digest('hex'));
      cellen = tabellen.flatMap((t) => t.cellen.flat().map((c) => c.soort));
    }
  });
  const perSoort = new Map<string, number>();
  for (const soort of cellen) perSoort.set(soort, (perSoort.get(soort) ?? 0) + 1);
  const soorten = [...perSoort].map(([soort, n]) => `${soort} ${n}`).join(', ');
  console.log(`${cellen.length} cellen: ${soorten}`);
  duren.sort((a, b) => a - b);
  console.log(`Release ${periode} over ${AANTAL} huishoudens: mediaan ${(duren[Math.floor(duren.length / 2)]! / 1000).toFixed(2)} s, snelste ${(duren[0]! / 1000).toFixed(2)} s, traagste ${(duren.at(-1)! / 1000).toFixed(2)} s (${HERHALINGEN}×)`);
  console.log(`Herhaalbaar: ${hashes.size === 1 ? 'ja, elke run dezelfde hash' : `NEE, ${hashes.size} verschillende hashes`}`);
  const geheugen = process.memoryUsage();
  console.log(`Geheugen van het proces: rss ${(geheugen.rss / 2 ** 20).toFixed(0)} MiB, heap ${(geheugen.heapUsed / 2 ** 20).toFixed(0)} MiB`);
} finally {
  await pg.stop();
  rmSync(map, { recursive: true, force: true });
}
