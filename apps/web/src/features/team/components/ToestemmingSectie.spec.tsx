import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import type { MijnRechten } from '@eenplan/contracts';
import { describe, expect, it } from 'vitest';
import { proefhuishouden } from '../../../shared/api/proefhuishouden';
import { ToestemmingSectie } from './ToestemmingSectie';

const toestemming = { id: 't1', organisatieId: 'o-amw', organisatie: 'AMW Midden-Limburg', gegevenOp: '2026-01-02', reikwijdte: 'Plan', vastgelegdDoor: 'Sanne Vermeulen', ingetrokkenOp: null, versie: 1 };

function toon(rechten: Partial<MijnRechten>) {
  const h = proefhuishouden({ toestemmingen: [toestemming] });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ToestemmingSectie huishouden={{ ...h, mijnRechten: { ...h.mijnRechten, ...rechten } }} />
    </QueryClientProvider>,
  );
}

describe('ToestemmingSectie: consent is recorded by the casemanager only', () => {
  it('offers recording and withdrawing to whoever may record consent', () => {
    toon({ toestemmingVastleggen: true });
    expect(screen.getByRole('button', { name: 'Toestemming vastleggen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Toestemming intrekken voor AMW Midden-Limburg' })).toBeTruthy();
  });

  it('shows the consent, without the buttons, to a team member who may edit the plan but not record consent (a regisseur)', () => {
    toon({ bewerken: true, toestemmingVastleggen: false });
    expect(screen.getByText('AMW Midden-Limburg')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Toestemming vastleggen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Toestemming intrekken/ })).toBeNull();
  });
});
