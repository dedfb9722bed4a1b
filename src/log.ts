import { type LogLevel, redactSecret } from './config.js';

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never reach a log line, such as the bot token. */
  secrets?: readonly string[];
  write?: (line: string) => void;
}

/** JSON lines on stderr, so stdout stays free for answers in terminal mode. */
export function createLogger({ level, secrets = [], write = writeStderr }: LoggerOptions): Logger {
  const threshold = SEVERITY[level];
  const redact = (line: string): string => secrets.reduce(redactSecret, line);
  const emit =
    (entryLevel: LogLevel) =>
    (message: string, fields: LogFields = {}): void => {
      if (SEVERITY[entryLevel] < threshold) return;
      const entry = { time: new Date().toISOString(), level: entryLevel, message, ...serialise(fields) };
      write(redact(JSON.stringify(entry, bigintAsString)));
    };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Discards everything; for library use where the caller has not asked for logs. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function writeStderr(line: string): void {
  process.stderr.write(`${line}\n`);
}

// Error objects stringify to {} in JSON; keep what a reader of the log needs.
function serialise(fields: LogFields): LogFields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    ]),
  );
}

function bigintAsString(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
