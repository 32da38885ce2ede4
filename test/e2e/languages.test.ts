import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolationsInEachAppearance } from './support/accessibility.ts';
import { launchBrowser, newPerson } from './support/browser.ts';
import { serverUrl } from './support/environment.ts';
import { waitForHeading, waitForNotice } from './support/flows.ts';
import { queryD1, seedInviter } from './support/local-d1.ts';
import { inviteLink, SEALING_WATCH } from './support/sealing-flows.ts';
import { addVirtualAuthenticator } from './support/virtual-authenticator.ts';

let browser: Browser;
let inviterToken: string;
beforeAll(async () => {
  browser = await launchBrowser();
  inviterToken = seedInviter(`langadmin${randomBytes(3).toString('hex')}`);
});
afterAll(async () => {
  await browser?.close();
});

/** A German date and time with how far away it is, as `Intl` writes it for de-DE: "04.12.2026, 21:15 (in 1 Tag)". */
const GERMAN_EXPIRY = /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(in 1 Tag\)$/;

describe('the interface in the browser’s language', () => {
  it('a German browser shares and reveals in German, with plurals and dates for that locale; the menu switches to English and remembers it', async () => {
    const sender = await newPerson(browser, { locale: 'de-DE' });
    const { page } = sender;
    await page.goto(`${serverUrl()}/`);
    await waitForHeading(page, 'Ein Geheimnis teilen');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('.tagline').textContent()).toBe(
      'Geheimnisse teilen, Ende-zu-Ende-verschlüsselt',
    );
    const text = `geheim ${Date.now()}`;
    await page.getByRole('textbox', { name: 'Geheimnis', exact: true }).fill(text);
    await page.getByLabel('Läuft ab nach').selectOption({ label: '1 Tag' });
    await page.getByLabel('Erlaubte Aufrufe').fill('3');
    await page.getByRole('button', { name: 'Link erstellen' }).click();
    await waitForHeading(page, 'Ihr Link ist fertig');
    expect(await page.locator('.lede').textContent()).toContain('Er gilt für 3 Aufrufe.');
    expect(await page.locator('dt:has-text("Läuft ab") + dd').textContent()).toMatch(GERMAN_EXPIRY);
    const link = await page.getByRole('textbox', { name: 'Geheimnis-Link' }).inputValue();

    const reader = await newPerson(browser, { locale: 'de-DE' });
    for (const left of ['2 Aufrufe', '1 Aufruf']) {
      // From another document: the revealed page dropped the key from its address, so the link alone would only
      // change the fragment.
      await reader.page.goto('about:blank');
      await reader.page.goto(link);
      await waitForHeading(reader.page, 'Ein Geheimnis wartet auf Sie');
      expect(await reader.page.locator('dt:has-text("Läuft ab") + dd').textContent()).toMatch(GERMAN_EXPIRY);
      await reader.page.getByRole('button', { name: 'Aufdecken' }).click();
      await waitForHeading(reader.page, 'Das Geheimnis');
      expect(await reader.page.locator('#revealed-secret').textContent()).toBe(text);
      expect(await reader.page.locator('.lede').textContent()).toBe(
        `Der Link hat noch ${left}, bevor er nicht mehr funktioniert.`,
      );
    }
    // An API error is shown by its code, in German: the last view taken, the link is gone.
    await reader.page.goto('about:blank');
    await reader.page.goto(link);
    await reader.page.getByRole('button', { name: 'Aufdecken' }).click();
    await reader.page.getByRole('heading', { name: 'Das Geheimnis' }).waitFor();
    await reader.page.goto('about:blank');
    await reader.page.goto(link);
    await waitForNotice(reader.page, 'Dieses Geheimnis ist weg');

    // The menu switches the page to English at once, and the choice outlives a reload.
    await page.getByLabel('Sprache').selectOption('en');
    await waitForHeading(page, 'Share a secret');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await waitForHeading(page, 'Share a secret');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(sender.watch.problems()).toEqual([]);
    expect(reader.watch.problems()).toEqual([]);
  }, 120_000);

  it('a German browser joins with an invite and keeps its account, My links, a request and (as an admin) the admin page in German: passkeys, sessions, a token, a link, the request page and the audit log, with German dates; axe finds nothing', async () => {
    const person = await newPerson(browser, { locale: 'de-DE' }, SEALING_WATCH);
    const { page } = person;
    await addVirtualAuthenticator(page, { prf: true });
    await page.goto(inviteLink(inviterToken));
    await waitForHeading(page, 'Diesem Hushlink beitreten');
    const name = `lang${randomBytes(3).toString('hex')}`;
    await page.getByLabel('Benutzername').fill(name);
    await page.getByLabel('Anzeigename').fill('Grete Deutsch');
    await page.getByRole('button', { name: 'Konto mit Passkey anlegen' }).click();
    await waitForHeading(page, 'Willkommen, Grete Deutsch');

    await page.getByRole('link', { name: 'Ihr Konto' }).click();
    await waitForHeading(page, 'Ihr Konto');
    expect(await page.locator('.lede').textContent()).toBe(
      `Angemeldet als Grete Deutsch (@${name}), Mitglied dieses Hushlink.`,
    );
    const passkeys = page.getByRole('list', { name: 'Ihre Passkeys' });
    await passkeys.locator('[data-fingerprint]').filter({ hasNotText: '…' }).waitFor();
    expect(await passkeys.locator('[data-sealing]').textContent()).toMatch(
      /^Empfängt versiegelte Geheimnisse\. Fingerabdruck des Schlüssels: \S/,
    );
    const sessions = page.getByRole('region', { name: 'Sitzungen' });
    await sessions.getByText('Sie sind nur in diesem Browser angemeldet.').waitFor();
    expect(await sessions.locator('.badge').textContent()).toBe('Dieses Gerät');

    // A token, made after the passkey confirms it is still this person: its facts in German, its date as de-DE writes it.
    const tokens = page.getByRole('region', { name: 'API-Tokens' });
    await tokens.getByText('Noch keine Tokens.').waitFor();
    await tokens.getByLabel('Name des Tokens').fill('ci');
    await tokens.getByLabel('Token läuft ab nach').selectOption({ label: '30 Tagen' });
    await tokens.getByRole('button', { name: 'Token erstellen' }).click();
    await tokens.getByRole('textbox', { name: 'Neues Token „ci“' }).waitFor();
    const facts = tokens.locator('li .meta');
    await facts.waitFor();
    expect(await facts.textContent()).toMatch(
      /^Aktiv · erstellt \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} · läuft ab .+ · noch nie benutzt$/,
    );
    const found = await axeViolationsInEachAppearance(page, 'German account page');

    // My links, with a link made in German: its state, views and request form in German.
    await page.getByRole('link', { name: 'Neues Geheimnis' }).click();
    await waitForHeading(page, 'Ein Geheimnis teilen');
    await page.getByRole('textbox', { name: 'Geheimnis', exact: true }).fill(`geheim ${Date.now()}`);
    await page.getByRole('button', { name: 'Link erstellen' }).click();
    await waitForHeading(page, 'Ihr Link ist fertig');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Meine Links' })
      .click();
    await waitForHeading(page, 'Meine Links');
    const row = page.locator('tbody tr');
    await row.waitFor();
    expect(await row.locator('.badge').textContent()).toBe('Aktiv');
    expect(await row.locator('td.nowrap').textContent()).toBe('0 benutzt, 1 übrig');
    expect(await row.getByRole('button').getAttribute('aria-label')).toMatch(
      /^Den am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} erstellten Link widerrufen$/,
    );
    const requests = page.getByRole('region', { name: 'Anfragen nach einem Geheimnis' });
    found.push(...(await axeViolationsInEachAppearance(page, 'German My links')));

    // A request for a secret, answered from a German browser without an account: the request page in German.
    await requests.getByLabel('Was brauchen Sie?').fill('Das WLAN-Passwort');
    await requests.getByRole('button', { name: 'Anfrage-Link erstellen' }).click();
    const requestLink = await requests
      .getByRole('textbox', { name: 'Anfrage-Link', exact: true })
      .inputValue();
    const answerer = await newPerson(browser, { locale: 'de-DE' });
    await answerer.page.goto(requestLink);
    await waitForHeading(answerer.page, 'Grete Deutsch bittet Sie um ein Geheimnis');
    expect(await answerer.page.locator('#request-note').textContent()).toBe('Das WLAN-Passwort');
    found.push(...(await axeViolationsInEachAppearance(answerer.page, 'German request page')));
    expect(answerer.watch.problems()).toEqual([]);

    // Made an admin, the same person sees the admin page and its audit log in German.
    queryD1(`UPDATE users SET role = 'admin' WHERE name = '${name}'`);
    await page.goto(`${serverUrl()}/admin`);
    await waitForHeading(page, 'Verwaltung');
    const log = page.getByRole('region', { name: 'Audit-Protokoll' });
    await log.getByText(/^\d+ Ereignisse? angezeigt\.$/).waitFor();
    const card = page.locator(`[data-user="${name}"]`);
    expect(await card.locator('dt:has-text("Rolle") + dd').textContent()).toBe('Administrator');
    await card.getByRole('list', { name: 'API-Tokens von Grete Deutsch' }).waitFor();
    found.push(...(await axeViolationsInEachAppearance(page, 'German admin page')));
    expect(found).toEqual([]);
    expect(person.watch.problems()).toEqual([]);
  }, 120_000);

  it('an English browser gets English, and a language we do not ship falls back to it', async () => {
    const person = await newPerson(browser, { locale: 'sv-SE' });
    await person.page.goto(`${serverUrl()}/`);
    await waitForHeading(person.page, 'Share a secret');
    expect(await person.page.getAttribute('html', 'lang')).toBe('en');
    expect(person.watch.problems()).toEqual([]);
  });
});
