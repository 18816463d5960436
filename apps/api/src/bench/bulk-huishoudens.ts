/**
 * Bulk data in SQL: households spread over the three gemeenten. Caseloads do not grow with the
 * database, so a measurement at 10k and at 300k compares the same work: consulent.leudal manages
 * 500 (1 in 20 of the first 10,000, a typical caseload), consulent.weert 1 in 10 of the first
 * 100,000 (10,000 from 100k on: a team-wide view); the rest belong to 150 other consultants.
 * Each has 3 members, a plan with 3 doelen of 2 acties each. `vanaf` adds to an earlier fill.
 */
export async function vulMetHuishoudens(query: (sql: string, params?: unknown[]) => Promise<unknown>, aantal: number, vanaf = 0): Promise<void> {
  if (vanaf === 0) {
    await query(`
      INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash)
      SELECT 'bench.consulent.' || i, 'Bench Consulent ' || i, 'consulent', (SELECT id FROM organisatie WHERE naam = 'CJG Midden-Limburg'), 'x'
      FROM generate_series(1, 150) i`);
  }
  await query(`DROP TABLE IF EXISTS bench_h`);
  await query(`
    CREATE TEMP TABLE bench_h AS
    SELECT i, gen_random_uuid() AS id,
      CASE WHEN i % 10 = 0 AND i <= 100000 THEN (SELECT id FROM gebruiker WHERE gebruikersnaam = 'consulent.weert')
           WHEN i % 20 = 1 AND i <= 10000 THEN (SELECT id FROM gebruiker WHERE gebruikersnaam = 'consulent.leudal')
           ELSE (SELECT id FROM gebruiker WHERE gebruikersnaam = 'bench.consulent.' || (1 + i % 150)) END AS casemanager_id,
      (SELECT id FROM gemeente ORDER BY naam OFFSET (i % 3) LIMIT 1) AS gemeente_id
    FROM generate_series($2::int + 1, $2::int + $1::int) i`, [aantal, vanaf]);
  await query(`
    INSERT INTO huishouden (id, gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op, laatste_activiteit_op)
    SELECT id, gemeente_id, casemanager_id, (ARRAY['Janssen','Peeters','Smeets','Bakker','Hendriks'])[1 + i % 5] || ' ' || i, 'Benchstraat', (i % 200 + 1)::text,
           (6000 + i % 99)::text || ' AB', 'Weert', now() - (i % 400) * interval '1 day', now() - (i % 90) * interval '1 day'
    FROM bench_h`);
  await query(`
    INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol)
    SELECT h.id, (ARRAY['Anna','Bram','Cor'])[r], (ARRAY['Janssen','Peeters','Smeets','Bakker','Hendriks'])[1 + h.i % 5], DATE '1980-01-01' + (h.i % 9000), (ARRAY['ouder','partner','kind'])[r]
    FROM bench_h h CROSS JOIN generate_series(1, 3) r`);
  await query(`
    INSERT INTO plan (huishouden_id, status, aangemaakt_op, vastgesteld_op, akkoord_huishouden_op)
    SELECT id, CASE WHEN i % 3 = 0 THEN 'concept' ELSE 'vastgesteld' END, now() - (i % 400) * interval '1 day',
           CASE WHEN i % 3 = 0 THEN NULL ELSE now() END, CASE WHEN i % 3 = 0 THEN NULL ELSE CURRENT_DATE END
    FROM bench_h`);
  await query(`
    INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit)
    SELECT p.id, (ARRAY['wonen','inkomen_schulden','opvoeding_ontwikkeling'])[r], 'Doel ' || r, r
    FROM plan p CROSS JOIN generate_series(1, 3) r WHERE p.huishouden_id IN (SELECT id FROM bench_h)`);
  await query(`
    INSERT INTO actie (doel_id, omschrijving, eigenaar_soort, eigenaar_naam, deadline)
    SELECT d.id, 'Actie ' || r, 'huishouden', 'Anna', CURRENT_DATE + ((r * 17 + length(d.id::text)) % 60 - 30)
    FROM doel d JOIN plan p ON p.id = d.plan_id JOIN bench_h h ON h.id = p.huishouden_id CROSS JOIN generate_series(1, 2) r`);
  // Team memberships: every household also has one other consultant in its team.
  await query(`
    INSERT INTO betrokkene (huishouden_id, gebruiker_id, organisatie_id, rol, van)
    SELECT h.id, g.id, g.organisatie_id, 'consulent', CURRENT_DATE - 10 FROM bench_h h JOIN gebruiker g ON g.gebruikersnaam = 'bench.consulent.' || (1 + (h.i * 7) % 150)`);
  await query(`ANALYZE`);
}
