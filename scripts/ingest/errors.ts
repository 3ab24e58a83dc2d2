/** An input problem that stops ingestion, always pointing at a file and a 1-based line. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Something a maintainer should know about, which did not stop ingestion. */
export interface IngestWarning {
  file: string;
  line: number;
  message: string;
}
