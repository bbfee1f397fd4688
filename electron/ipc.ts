// The two Electron IPC names. Contract channels travel inside `invoke`, so the contract
// table stays the only list of channels.
export const IPC_INVOKE = 'digiplan:invoke';
export const IPC_MENU = 'digiplan:menu';
export const APP_ORIGIN = 'app://digiplan';
