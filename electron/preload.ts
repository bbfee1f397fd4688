// The preload: exposes one narrow object, `window.digiplan`, and nothing else of Node or
// ipcRenderer. Channels are checked against the contract in the main process.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { menuCommands, type DesktopBridge, type MenuCommand } from '../shared/client.ts';
import type { Result } from '../shared/result.ts';
import { IPC_INVOKE, IPC_MENU } from './ipc.ts';

const bridge: DesktopBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input) as Promise<Result<unknown>>,
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(IPC_MENU, wrapped);
    return () => ipcRenderer.removeListener(IPC_MENU, wrapped);
  },
};

contextBridge.exposeInMainWorld('digiplan', bridge);
