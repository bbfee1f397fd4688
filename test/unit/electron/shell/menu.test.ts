// Covers electron/menu.ts: Dutch labels, undo/redo as menu commands, the allow-listed help link.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../../shared/client.ts';
import { menuTemplate, type MenuActions } from '../../../../electron/menu.ts';
import { isAllowedExternalLink } from '../../../../electron/security.ts';

function recordingActions(isMac: boolean) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  let about = 0;
  const actions: MenuActions = {
    isMac,
    send: (command) => sent.push(command),
    openExternal: (url) => opened.push(url),
    showAbout: () => {
      about += 1;
    },
  };
  return { actions, sent, opened, aboutCount: () => about };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = template.find((item) => item.label === label);
  expect(top, label).toBeDefined();
  expect(Array.isArray(top!.submenu)).toBe(true);
  return top!.submenu as MenuItemConstructorOptions[];
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  expect(found, label).toBeDefined();
  return found!;
}

function click(entry: MenuItemConstructorOptions): void {
  expect(entry.click).toBeTypeOf('function');
  // The template's handlers ignore Electron's arguments.
  (entry.click as () => void)();
}

describe('menuTemplate', () => {
  it('has Dutch top-level menus on Windows and Linux', () => {
    const labels = menuTemplate(recordingActions(false).actions).map((entry) => entry.label);
    expect(labels).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('adds the app menu first on macOS', () => {
    const labels = menuTemplate(recordingActions(true).actions).map((entry) => entry.label);
    expect(labels).toEqual(['Digiplanner', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('sends undo to the window with Ctrl/Cmd+Z', () => {
    const { actions, sent } = recordingActions(false);
    const undo = item(submenu(menuTemplate(actions), 'Bewerken'), 'Ongedaan maken');
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(undo.role).toBeUndefined();
    click(undo);
    expect(sent).toEqual(['undo']);
  });

  it('sends redo to the window with Ctrl+Y, and Cmd+Shift+Z on macOS', () => {
    const windows = recordingActions(false);
    const redo = item(submenu(menuTemplate(windows.actions), 'Bewerken'), 'Opnieuw');
    expect(redo.accelerator).toBe('Ctrl+Y');
    click(redo);
    expect(windows.sent).toEqual(['redo']);

    const mac = recordingActions(true);
    const macRedo = item(submenu(menuTemplate(mac.actions), 'Bewerken'), 'Opnieuw');
    expect(macRedo.accelerator).toBe('Cmd+Shift+Z');
    click(macRedo);
    expect(mac.sent).toEqual(['redo']);
  });

  it('sends plan commands from the file menu', () => {
    const { actions, sent } = recordingActions(false);
    const file = submenu(menuTemplate(actions), 'Bestand');
    click(item(file, 'Nieuw plan…'));
    click(item(file, 'Alle plannen'));
    expect(sent).toEqual(['newPlan', 'showPlans']);
  });

  it('opens the help link through openExternal, with an allow-listed https URL', () => {
    const { actions, opened, sent } = recordingActions(false);
    const help = submenu(menuTemplate(actions), 'Help');
    const links = help.filter((entry) => entry.click && entry.label !== 'Over Digiplanner');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) click(link);
    expect(opened).toHaveLength(links.length);
    for (const url of opened) expect(isAllowedExternalLink(url), url).toBe(true);
    expect(sent).toEqual([]);
  });

  it('shows the about box from Help', () => {
    const recorder = recordingActions(false);
    click(item(submenu(menuTemplate(recorder.actions), 'Help'), 'Over Digiplanner'));
    expect(recorder.aboutCount()).toBe(1);
  });

  it('labels every entry in Dutch: no item is left to an English role default', () => {
    for (const isMac of [false, true]) {
      const walk = (items: MenuItemConstructorOptions[]): void => {
        for (const entry of items) {
          if (entry.type === 'separator') continue;
          expect(entry.label, JSON.stringify(entry)).toBeTruthy();
          if (Array.isArray(entry.submenu)) walk(entry.submenu);
        }
      };
      walk(menuTemplate(recordingActions(isMac).actions));
    }
  });
});
