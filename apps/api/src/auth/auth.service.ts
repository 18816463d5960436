import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { HuidigeGebruiker as HuidigeGebruikerDto, InloggenInvoer } from '@eenplan/contracts';
import { defineAbilityFor } from '@eenplan/permissions';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { Gebruiker } from '../gebruikers/gebruiker.entity.js';
import { InlogBegrenzer } from './inlog-begrenzer.service.js';
import { SessieService } from './sessie.service.js';
import { controleerWachtwoord } from './wachtwoord.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { oidcMislukt, OidcService, type OidcUitkomst } from './oidc.service.js';
import { codeOnjuist, ROLLEN_MET_DOSSIERS, TweedeFactorService } from './tweede-factor.service.js';

export type SessieCheck = { status: 'ingelogd'; ingelogd: Ingelogd } | { status: 'geen' | 'verlopen' | 'uitgeschakeld' };

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(Gebruiker) private readonly gebruikers: Repository<Gebruiker>,
    private readonly sessies: SessieService,
    private readonly begrenzer: InlogBegrenzer,
    private readonly audit: AuditService,
    private readonly oidc: OidcService,
    private readonly tweedeFactor: TweedeFactorService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /** Which ways of signing in this environment offers; the login page shows only those. */
  methoden(): { wachtwoord: boolean; organisatie: boolean } {
    return { wachtwoord: this.config.LOKAAL_WACHTWOORD, organisatie: this.oidc.aan };
  }

  /**
   * Checks the per-account+address and per-address limits, the password (argon2id) and the account
   * status, then starts a new session. Any session the browser already had is ended, so
   * a session id planted before login is worthless after it.
   */
  async inloggen(invoer: InloggenInvoer, ip: string, vorigeSessieId: string | undefined): Promise<{ sessieId: string; ingelogd: Ingelogd } | { tweedeStap: string }> {
    if (!this.config.LOKAAL_WACHTWOORD) {
      throw new ProbleemFout(403, 'wachtwoord-uit', 'Inloggen met wachtwoord staat uit', 'In deze omgeving logt u in via uw organisatie, niet met gebruikersnaam en wachtwoord.');
    }
    const sleutels = this.begrenzer.sleutels(invoer.gebruikersnaam, ip);
    // Reserved before the password is checked, in one atomic step: see InlogBegrenzer.
    const wachten = await this.begrenzer.reserveer(sleutels);
    if (wachten > 0) {
      await this.audit.registreer('inloggen_mislukt', { details: { reden: 'te_veel_pogingen' } });
      throw problemen.teVeelPogingen(wachten);
    }

    const gebruiker = await this.gebruikers
      .createQueryBuilder('g')
      .addSelect('g.wachtwoordHash')
      .where('g.gebruikersnaam = :naam', { naam: invoer.gebruikersnaam.toLowerCase() })
      .getOne();
    const juist = await controleerWachtwoord(gebruiker?.wachtwoordHash, invoer.wachtwoord);
    if (!gebruiker || !juist) {
      await this.audit.registreer('inloggen_mislukt', {
        gebruikerId: gebruiker?.id ?? null,
        details: { reden: gebruiker ? 'onjuist_wachtwoord' : 'onbekende_gebruiker' },
      });
      // One message for both cases: the answer must not reveal which usernames exist.
      throw new ProbleemFout(401, 'inloggen-mislukt', 'Inloggen mislukt', 'Gebruikersnaam of wachtwoord onjuist.');
    }
    if (!gebruiker.actief) {
      await this.audit.registreer('inloggen_mislukt', { gebruikerId: gebruiker.id, details: { reden: 'account_uitgeschakeld' } });
      throw problemen.geenToegang('Uw account is uitgeschakeld. Neem contact op met functioneel beheer van uw organisatie.');
    }

    await this.begrenzer.geslaagd(sleutels);
    // With a second factor, the password only opens the code step (its own throttle, see tweedeStap).
    if (await this.tweedeFactor.heeftActieve(gebruiker.id)) return { tweedeStap: await this.tweedeFactor.openStap(gebruiker.id) };
    return this.startSessie(gebruiker, vorigeSessieId, this.config.TWEEDE_FACTOR_VERPLICHT && ROLLEN_MET_DOSSIERS.has(gebruiker.rol));
  }

  /** The code after the password: a TOTP code (once per window) or an unused recovery code. */
  async tweedeStap(token: string | undefined, code: string, ip: string, vorigeSessieId: string | undefined): Promise<{ sessieId: string; ingelogd: Ingelogd }> {
    const gebruikerId = await this.tweedeFactor.stapVan(token);
    if (!gebruikerId || !token) {
      throw new ProbleemFout(401, 'tweede-stap-verlopen', 'Opnieuw inloggen', 'Deze inlogpoging is verlopen. Log opnieuw in met uw wachtwoord.');
    }
    const sleutels = this.begrenzer.sleutels(`tweede-stap:${gebruikerId}`, ip);
    const wachten = await this.begrenzer.reserveer(sleutels);
    if (wachten > 0) {
      await this.audit.registreer('inloggen_mislukt', { gebruikerId, details: { reden: 'te_veel_pogingen', stap: 'code' } });
      throw problemen.teVeelPogingen(wachten);
    }
    if (!(await this.tweedeFactor.controleer(gebruikerId, code))) {
      await this.audit.registreer('inloggen_mislukt', { gebruikerId, details: { reden: 'onjuiste_code' } });
      throw codeOnjuist();
    }
    await this.begrenzer.geslaagd(sleutels);
    await this.tweedeFactor.sluitStap(token);
    const gebruiker = await this.gebruikers.findOneByOrFail({ id: gebruikerId });
    if (!gebruiker.actief) throw problemen.geenToegang('Uw account is uitgeschakeld. Neem contact op met functioneel beheer van uw organisatie.');
    return this.startSessie(gebruiker, vorigeSessieId, false, 'totp');
  }

  private async startSessie(gebruiker: Gebruiker, vorigeSessieId: string | undefined, inschrijvenNodig: boolean, methode = 'wachtwoord'): Promise<{ sessieId: string; ingelogd: Ingelogd }> {
    if (vorigeSessieId) await this.sessies.beeindig(vorigeSessieId);
    await this.sessies.ruimOp();
    const { id } = await this.sessies.maak(gebruiker.id, undefined, inschrijvenNodig);
    const check = await this.sessieGebruiker(id);
    if (check.status !== 'ingelogd') throw new Error('nieuwe sessie niet bruikbaar');
    await this.audit.registreer('inloggen', { gebruikerId: gebruiker.id, organisatieId: gebruiker.organisatieId, details: { methode } });
    return { sessieId: id, ingelogd: check.ingelogd };
  }

  /**
   * The provider's answer, checked by OidcService. The account is the one linked to this issuer
   * and subject; an unknown subject is refused (401) and audited, like a wrong password.
   */
  async oidcInloggen(uitkomst: OidcUitkomst, vorigeSessieId: string | undefined): Promise<{ sessieId: string; ingelogd: Ingelogd }> {
    const gebruikerId = await this.oidc.gebruikerVan(uitkomst.issuer, uitkomst.subject);
    const gebruiker = gebruikerId ? await this.gebruikers.findOneBy({ id: gebruikerId }) : null;
    if (!gebruiker) {
      await this.audit.registreer('inloggen_mislukt', { details: { reden: 'onbekend_subject', methode: 'oidc' } });
      throw oidcMislukt('Uw account bij uw organisatie is nog niet aan een gebruiker gekoppeld. Vraag functioneel beheer om een uitnodiging.');
    }
    if (!gebruiker.actief) {
      await this.audit.registreer('inloggen_mislukt', { gebruikerId: gebruiker.id, details: { reden: 'account_uitgeschakeld', methode: 'oidc' } });
      throw problemen.geenToegang('Uw account is uitgeschakeld. Neem contact op met functioneel beheer van uw organisatie.');
    }
    if (vorigeSessieId) await this.sessies.beeindig(vorigeSessieId);
    const { id } = await this.sessies.maak(gebruiker.id, { acr: uitkomst.acr, amr: uitkomst.amr, idToken: uitkomst.idToken });
    const check = await this.sessieGebruiker(id);
    if (check.status !== 'ingelogd') throw new Error('nieuwe sessie niet bruikbaar');
    await this.audit.registreer('inloggen', { gebruikerId: gebruiker.id, organisatieId: gebruiker.organisatieId, details: { methode: 'oidc', acr: uitkomst.acr, amr: uitkomst.amr?.join(' ') ?? null } });
    return { sessieId: id, ingelogd: check.ingelogd };
  }

  /** The user behind a session cookie, with timeouts and account status applied. */
  async sessieGebruiker(sessieId: string | undefined): Promise<SessieCheck> {
    const uitkomst = await this.sessies.controleer(sessieId);
    if (uitkomst.status !== 'geldig') return { status: uitkomst.status };
    const gebruiker = await this.gebruikers.findOne({
      where: { id: uitkomst.sessie.gebruikerId },
      relations: { organisatie: true, gemeenten: true },
    });
    if (!gebruiker || !gebruiker.actief) {
      await this.sessies.beeindigAlleVan(uitkomst.sessie.gebruikerId);
      return { status: 'uitgeschakeld' };
    }
    const gemeenten = gebruiker.gemeenten.map((g) => ({ id: g.id, naam: g.naam })).sort((a, b) => a.naam.localeCompare(b.naam));
    return {
      status: 'ingelogd',
      ingelogd: {
        id: gebruiker.id,
        gebruikersnaam: gebruiker.gebruikersnaam,
        naam: gebruiker.naam,
        rol: gebruiker.rol,
        organisatie: { id: gebruiker.organisatie.id, naam: gebruiker.organisatie.naam, soort: gebruiker.organisatie.soort },
        gemeenten,
        sessieId: sessieId as string,
        csrfToken: uitkomst.sessie.csrfToken,
        inschrijvenNodig: uitkomst.sessie.inschrijvenNodig,
        ability: defineAbilityFor({
          id: gebruiker.id,
          rol: gebruiker.rol,
          organisatieId: gebruiker.organisatieId,
          gemeenteIds: gemeenten.map((g) => g.id),
        }),
      },
    };
  }

  /** Ends the session; after a provider sign-in, also where to end the provider's session (RP-initiated logout). */
  async uitloggen(ingelogd: Ingelogd): Promise<{ uitlogUrl: string | null }> {
    const idToken = await this.sessies.idToken(ingelogd.sessieId);
    await this.sessies.beeindig(ingelogd.sessieId);
    await this.audit.registreer('uitloggen', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id });
    return { uitlogUrl: idToken && this.oidc.aan ? await this.oidc.uitlogUrl(idToken) : null };
  }

  /** What the web app needs to know of the user, including the CASL rules to hide what cannot be done. */
  beschrijf(ingelogd: Ingelogd): HuidigeGebruikerDto {
    return {
      gebruiker: { id: ingelogd.id, gebruikersnaam: ingelogd.gebruikersnaam, naam: ingelogd.naam, rol: ingelogd.rol },
      organisatie: ingelogd.organisatie as HuidigeGebruikerDto['organisatie'],
      gemeenten: ingelogd.gemeenten,
      regels: ingelogd.ability.rules,
      csrfToken: ingelogd.csrfToken,
      ...(ingelogd.inschrijvenNodig ? { inschrijvenNodig: true } : {}),
    };
  }
}
