// The application menu, in Dutch. Built from a plain template so a test can read it;
// app-level undo and redo go to the window, which decides between text and plan undo.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/client.ts';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  openExternal: (url: string) => void;
  showAbout: () => void;
  isMac: boolean;
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = actions.isMac
    ? [
        {
          label: 'Digiplanner',
          submenu: [
            { label: 'Over Digiplanner', click: actions.showAbout },
            { type: 'separator' },
            { role: 'hide', label: 'Digiplanner verbergen' },
            { role: 'quit', label: 'Digiplanner afsluiten' },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: 'Bestand',
      submenu: [
        { label: 'Nieuw plan…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('newPlan') },
        { label: 'Alle plannen', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.send('showPlans') },
        { type: 'separator' },
        { role: 'quit', label: 'Afsluiten' },
      ],
    },
    {
      label: 'Bewerken',
      submenu: [
        { label: 'Ongedaan maken', accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
        { label: 'Opnieuw', accelerator: actions.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Ware grootte' },
        { role: 'zoomIn', label: 'Inzoomen' },
        { role: 'zoomOut', label: 'Uitzoomen' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        { label: 'Kenniscentrum Digisprong', click: () => actions.openExternal('https://www.digisprong.be/') },
        { label: 'Over Digiplanner', click: actions.showAbout },
      ],
    },
  ];
}
