import type { EntityManager } from 'typeorm';

/**
 * Enough households for the thema-2 dashboard to show real figures: about 900 over the last
 * two years (Weert largest, Nederweert smallest, so some cells are withheld), managed by six
 * generated consultants who cannot log in. Deterministic: `setseed` fixes random().
 */
export async function seedDemoStatistiek(tx: EntityManager): Promise<void> {
  await tx.query(`SELECT setseed(0.2026)`);
  await tx.query(`
    INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash)
    SELECT 'demo.consulent.' || lower(g.naam) || '.' || n, 'Consulent ' || g.naam || ' ' || n, 'consulent',
           (SELECT id FROM organisatie WHERE naam = CASE WHEN n = 1 THEN 'CJG Midden-Limburg' ELSE 'Wmo-team ' || g.naam END),
           '!geen-wachtwoord' -- no password verifies against this: the account cannot sign in
    FROM gemeente g CROSS JOIN generate_series(1, 2) n ORDER BY g.naam, n`);
  await tx.query(`
    INSERT INTO gebruiker_gemeente (gebruiker_id, gemeente_id)
    SELECT u.id, g.id FROM gebruiker u JOIN gemeente g ON u.gebruikersnaam LIKE 'demo.consulent.' || lower(g.naam) || '.%'`);
  await tx.query(`
    CREATE TEMP TABLE demo_h ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, g.id AS gemeente_id,
      (SELECT u.id FROM gebruiker u WHERE u.gebruikersnaam = 'demo.consulent.' || lower(g.naam) || '.' || (1 + (i % 2))) AS casemanager_id,
      now() - (random() * 720) * interval '1 day' AS aangemaakt_op, i
    FROM gemeente g CROSS JOIN LATERAL generate_series(1, CASE g.naam WHEN 'Weert' THEN 450 WHEN 'Leudal' THEN 330 ELSE 130 END) i`);
  await tx.query(`
    INSERT INTO huishouden (id, gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op, laatste_activiteit_op)
    SELECT id, gemeente_id, casemanager_id, 'Huishouden ' || i, 'Dorpsstraat', (i % 90 + 1)::text, (6000 + i % 99)::text || ' CD', 'Midden-Limburg', aangemaakt_op, aangemaakt_op
    FROM demo_h`);
  await tx.query(`
    INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol)
    SELECT h.id, (ARRAY['Anna','Bram','Cas'])[r], 'Demo', DATE '1975-01-01' + (h.i * 37 + r * 900) % 15000, (ARRAY['ouder','partner','kind'])[r]
    FROM demo_h h CROSS JOIN generate_series(1, 1 + (h.i % 3)) r`);
  // Plans: most are vastgesteld after a few weeks; older ones are closed with a reason and results.
  await tx.query(`
    CREATE TEMP TABLE demo_p ON COMMIT DROP AS
    SELECT gen_random_uuid() AS id, h.id AS huishouden_id, h.aangemaakt_op,
      CASE WHEN random() < 0.88 THEN h.aangemaakt_op + (5 + random() * 40) * interval '1 day' END AS vastgesteld_op,
      h.aangemaakt_op + (90 + random() * 330) * interval '1 day' AS einde, random() AS r, 1 + floor(random() * 4)::int AS leefgebieden
    FROM demo_h h`);
  await tx.query(`
    INSERT INTO plan (id, huishouden_id, status, aangemaakt_op, vastgesteld_op, akkoord_huishouden_op, afgesloten_op, afsluitreden)
    SELECT id, huishouden_id,
      CASE WHEN vastgesteld_op IS NULL OR vastgesteld_op > now() THEN 'concept' WHEN einde < now() THEN 'afgesloten' ELSE 'vastgesteld' END,
      aangemaakt_op,
      CASE WHEN vastgesteld_op <= now() THEN vastgesteld_op END,
      CASE WHEN vastgesteld_op <= now() THEN vastgesteld_op::date END,
      CASE WHEN vastgesteld_op <= now() AND einde < now() THEN einde END,
      CASE WHEN vastgesteld_op <= now() AND einde < now() THEN
        CASE WHEN r < 0.68 THEN 'doelen_bereikt' WHEN r < 0.78 THEN 'overgedragen' WHEN r < 0.84 THEN 'verhuisd' WHEN r < 0.94 THEN 'huishouden_stopt' ELSE 'geen_contact' END END
    FROM demo_p`);
  await tx.query(`
    INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit, status, resultaat)
    SELECT p.id, (ARRAY['inkomen_schulden','wonen','opvoeding_ontwikkeling','psychische_gezondheid','sociaal_netwerk','werk_dagbesteding'])[1 + (n + (abs(hashtext(p.id::text)) % 6)) % 6],
      'Doel in de woorden van het huishouden', n, 'open',
      CASE WHEN pl.status = 'afgesloten' THEN CASE WHEN pl.afsluitreden = 'doelen_bereikt' THEN (ARRAY['ja','ja','ja','deels'])[1 + floor(random() * 4)::int] ELSE (ARRAY['deels','nee','nee'])[1 + floor(random() * 3)::int] END END
    FROM demo_p p JOIN plan pl ON pl.id = p.id CROSS JOIN generate_series(1, p.leefgebieden) n`);
  // Teams: a professional of another organisation, with consent, in about half of the households.
  await tx.query(`
    INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van)
    SELECT p.huishouden_id, 'professional', u.id, u.organisatie_id, 'Betrokken professional', p.aangemaakt_op::date
    FROM demo_p p JOIN gebruiker u ON u.gebruikersnaam = (ARRAY['professional.amw','professional.schuldhulp','professional.ggz'])[1 + floor(p.r * 3)::int]
    WHERE (p.r * 1000)::int % 2 = 0`);
  await tx.query(`
    INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door)
    SELECT b.huishouden_id, b.organisatie_id, b.van, 'Plan van aanpak, team en evaluaties', h.casemanager_id
    FROM betrokkene b JOIN demo_h h ON h.id = b.huishouden_id`);
  // In some of those teams a colleague of the same organisation (covered by its consent; an
  // account that cannot sign in) works along, so some plans have more professionals than organisations.
  await tx.query(`
    INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash)
    SELECT 'demo.collega.' || split_part(u.gebruikersnaam, '.', 2), 'Collega ' || split_part(u.gebruikersnaam, '.', 2), 'professional', u.organisatie_id, '!geen-wachtwoord'
    FROM gebruiker u WHERE u.gebruikersnaam IN ('professional.amw', 'professional.schuldhulp', 'professional.ggz') ORDER BY u.gebruikersnaam`);
  await tx.query(`
    INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van)
    SELECT b.huishouden_id, 'professional', c.id, c.organisatie_id, 'Collega', b.van + 14
    FROM demo_p p JOIN betrokkene b ON b.huishouden_id = p.huishouden_id
    JOIN gebruiker c ON c.organisatie_id = b.organisatie_id AND c.gebruikersnaam LIKE 'demo.collega.%'
    WHERE (p.r * 10000)::int % 3 = 0`);
  // Regie: most complex cases have an agreement; over time more of it lies with the household.
  await tx.query(`
    INSERT INTO regie_afspraak (huishouden_id, houder, netwerk_naam, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door, beeindigd_op)
    SELECT p.huishouden_id, x.houder, CASE WHEN x.houder = 'netwerk' THEN 'Iemand uit het netwerk' END,
      CASE WHEN x.houder = 'professional' THEN h.casemanager_id END,
      'Afgesproken met het huishouden', p.aangemaakt_op::date + 7, p.aangemaakt_op::date + 120, true, h.casemanager_id,
      CASE WHEN x.houder = 'professional' AND random() < 0.45 THEN p.aangemaakt_op + interval '150 days' END
    FROM demo_p p JOIN demo_h h ON h.id = p.huishouden_id
    CROSS JOIN LATERAL (SELECT (ARRAY['professional','professional','huishouden','netwerk'])[1 + floor(random() * 4)::int] AS houder) x
    WHERE (p.leefgebieden >= 2 OR EXISTS (SELECT 1 FROM betrokkene b WHERE b.huishouden_id = p.huishouden_id)) AND random() < 0.85`);
  await tx.query(`
    INSERT INTO regie_afspraak (huishouden_id, houder, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door)
    SELECT r.huishouden_id, 'huishouden', 'Het huishouden kan het weer zelf', (r.beeindigd_op)::date, (r.beeindigd_op)::date + 120, true, r.vastgelegd_door
    FROM regie_afspraak r JOIN demo_h h ON h.id = r.huishouden_id WHERE r.beeindigd_op IS NOT NULL`);
  // Evaluations with the household's experience and positieve gezondheid.
  await tx.query(`
    INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op, gehouden_op, gehoord_en_gezien, regie_passend)
    SELECT p.huishouden_id, p.id, (p.vastgesteld_op + interval '75 days')::date, (p.vastgesteld_op + interval '75 days')::date,
      (ARRAY['ja','ja','ja','deels','nee'])[1 + floor(random() * 5)::int], random() < 0.85
    FROM demo_p p WHERE p.vastgesteld_op + interval '75 days' < now() AND random() < 0.8`);
  await tx.query(`
    INSERT INTO ervaringsmeting (huishouden_id, evaluatie_id, afgenomen_op, wijze, perspectief, regie, integraal, effect, gehoord, tevredenheid)
    SELECT e.huishouden_id, e.id, e.gehouden_op, CASE WHEN random() < 0.3 THEN 'via_link' ELSE 'met_professional' END,
      s(0.1), s(0.2), s(0.15), s(0.25), s(0.05), s(0.1)
    FROM evaluatie e JOIN demo_h h ON h.id = e.huishouden_id
    WHERE random() < 0.75`.replace(/s\((0\.\d+)\)/g, (_, kans) => `CASE WHEN random() < 0.06 THEN NULL ELSE least(5, greatest(1, round(3.9 - ${kans} * 4 + random() * 1.8 - 0.6)))::smallint END`));
  await tx.query(`
    INSERT INTO positieve_gezondheid (huishouden_id, lid_id, moment, gemeten_op, lichaamsfuncties, mentaal_welbevinden, zingeving, kwaliteit_van_leven, meedoen, dagelijks_functioneren)
    SELECT l.huishouden_id, l.id, m.moment, CASE m.moment WHEN 'start' THEN p.aangemaakt_op::date + 3 ELSE e.gehouden_op END,
      ${['lichaamsfuncties', 'mentaal', 'zingeving', 'kwaliteit', 'meedoen', 'dagelijks'].map(() => `least(10, greatest(0, round(4 + random() * 3 + CASE m.moment WHEN 'evaluatie' THEN random() * 2 ELSE 0 END)))::smallint`).join(', ')}
    FROM lid l JOIN demo_p p ON p.huishouden_id = l.huishouden_id JOIN evaluatie e ON e.plan_id = p.id
    CROSS JOIN (VALUES ('start'), ('evaluatie')) m(moment)
    WHERE l.rol = 'ouder'`);
}
