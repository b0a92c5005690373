// Plain numbers, shared by the presence service and the browser's heartbeat.

/** The editor reports every HEARTBEAT_MS; someone not seen for PRESENCE_TTL_MS has left. */
export const HEARTBEAT_MS = 10_000;
export const PRESENCE_TTL_MS = 45_000;
