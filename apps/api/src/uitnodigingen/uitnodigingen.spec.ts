import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { BeheerGemeente, NieuwAccountAntwoord, Probleem, Uitnodiging } from '@eenplan/contracts';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { inloggenAls, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

/** A real SMTP server on loopback that keeps what it receives. */
const ontvangen: { aan: string[]; tekst: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, sessie, klaar) {
    let tekst = '';
    stream.on('data', (deel: Buffer) => (tekst += deel.toString('utf8')));
    stream.on('end', () => {
      ontvangen.push({ aan: sessie.envelope.rcptTo.map((r) => r.address), tekst });
      klaar();
    });
  },
});

let metMail: TestApp;
let zonderMail: TestApp;
beforeAll(async () => {
  await new Promise<void>((klaar) => smtp.listen(0, '127.0.0.1', klaar));
  const poort = (smtp.server.address() as AddressInfo).port;
  metMail = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${poort}`, PUBLIEKE_URL: 'https://eenplan.example.nl' });
  zonderMail = await startTestApp();
});
afterAll(async () => {
  await metMail.close();
  await zonderMail.close();
  await new Promise<void>((klaar) => smtp.close(klaar));
});

async function nieuwAccount(t: TestApp) {
  const beheer = await inloggenAls(t, 'beheer');
  const [weert] = (body<BeheerGemeente[]>(await beheer.agent.get('/api/beheer/gemeenten').expect(200))).filter((g) => g.naam === 'Weert');
  const [organisatie] = await rijen<{ id: string }>(t.app.get(DataSource), `SELECT id FROM organisatie WHERE naam = 'Wmo-team Weert'`);
  const gebruikersnaam = `test.uitnodiging.${randomUUID().slice(0, 6)}`;
  const email = `${gebruikersnaam}@weert.nl`;
  const antwoord = body<NieuwAccountAntwoord>(
    await beheer.agent.post('/api/beheer/gebruikers').set('x-csrf-token', beheer.csrf).send({ gebruikersnaam, naam: 'Anouk Smeets', email, rol: 'consulent', organisatieId: organisatie!.id, gemeenteIds: [weert!.id] }).expect(201),
  );
  return { ...antwoord, gebruikersnaam, email, beheer };
}

const tokenUit = (tekst: string) => /\/uitnodiging\/([A-Za-z0-9_-]{43})/.exec(tekst.replace(/=\r?\n/g, ''))?.[1];
const inloggen = (t: TestApp, gebruikersnaam: string, wachtwoord: string) => t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam, wachtwoord });

describe('uitnodigingen', () => {
  it('e-mails the invitation over SMTP; the link sets the password once, then 410', async () => {
    const { uitnodiging, gebruikersnaam, email } = await nieuwAccount(metMail);
    expect(uitnodiging).toMatchObject({ perEmail: true, link: null });
    const bericht = ontvangen.find((b) => b.aan.includes(email));
    expect(bericht?.tekst).toContain('https://eenplan.example.nl/uitnodiging/');
    const token = tokenUit(bericht!.tekst)!;
    expect(token).toBeDefined();
    // Only the hash is stored.
    const opgeslagen = await rijen<{ token_hash: string }>(metMail.app.get(DataSource), `SELECT token_hash FROM uitnodiging u JOIN gebruiker g ON g.id = u.gebruiker_id WHERE g.gebruikersnaam = $1`, [gebruikersnaam]);
    expect(opgeslagen).toHaveLength(1);
    expect(opgeslagen[0]!.token_hash).not.toContain(token);

    await inloggen(metMail, gebruikersnaam, 'Mijn-nieuwe-wachtwoord-1').expect(401);
    const kort = body<Probleem>(await metMail.http().post(`/api/uitnodigingen/${token}`).send({ wachtwoord: 'kort' }).expect(400));
    expect(kort.fouten).toEqual([{ veld: 'wachtwoord', melding: 'Kies een wachtwoord van minstens 12 tekens.' }]);
    await metMail.http().post(`/api/uitnodigingen/${token}`).send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(204);
    await inloggen(metMail, gebruikersnaam, 'Mijn-nieuwe-wachtwoord-1').expect(200);
    const nogEens = body<Probleem>(await metMail.http().post(`/api/uitnodigingen/${token}`).send({ wachtwoord: 'Een-ander-wachtwoord-2' }).expect(410));
    expect(nogEens.detail).toContain('Deze uitnodiging is al gebruikt.');
    await inloggen(metMail, gebruikersnaam, 'Mijn-nieuwe-wachtwoord-1').expect(200);
  });

  it('without SMTP answers the link once; an expired link is a 410', async () => {
    const { uitnodiging, gebruikersnaam } = await nieuwAccount(zonderMail);
    expect(uitnodiging.perEmail).toBe(false);
    const token = tokenUit(uitnodiging.link!)!;
    // The list of accounts never shows it again.
    const { beheer } = await nieuwAccount(zonderMail);
    expect(JSON.stringify(body(await beheer.agent.get('/api/beheer/gebruikers').expect(200)))).not.toContain(token);
    zonderMail.klok.zet(new Date(Date.now() + 7 * 86_400_000 + 60_000));
    try {
      const verlopen = body<Probleem>(await zonderMail.http().post(`/api/uitnodigingen/${token}`).send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(410));
      expect(verlopen.detail).toBe('Deze uitnodiging is verlopen (na 7 dagen). Vraag functioneel beheer om een nieuwe.');
    } finally {
      zonderMail.klok.zet(new Date());
    }
    await inloggen(zonderMail, gebruikersnaam, 'Mijn-nieuwe-wachtwoord-1').expect(401);
  });

  it('a reset gives a new invitation and the old link stops working (410)', async () => {
    const { account, uitnodiging, beheer, gebruikersnaam } = await nieuwAccount(zonderMail);
    const oud = tokenUit(uitnodiging.link!)!;
    const nieuw = body<Uitnodiging>(await beheer.agent.post(`/api/beheer/gebruikers/${account.id}/uitnodiging`).set('x-csrf-token', beheer.csrf).send({}).expect(201));
    const vervangen = body<Probleem>(await zonderMail.http().post(`/api/uitnodigingen/${oud}`).send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(410));
    expect(vervangen.title).toBe('Uitnodiging vervangen');
    await zonderMail.http().post(`/api/uitnodigingen/${tokenUit(nieuw.link!)!}`).send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(204);
    await inloggen(zonderMail, gebruikersnaam, 'Mijn-nieuwe-wachtwoord-1').expect(200);
    await zonderMail.http().post(`/api/uitnodigingen/${'x'.repeat(43)}`).send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(404);
    await zonderMail.http().post('/api/uitnodigingen/kapot').send({ wachtwoord: 'Mijn-nieuwe-wachtwoord-1' }).expect(400);
  });
});
