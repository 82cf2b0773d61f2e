import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Opens an exported workbook in LibreOffice and returns its first sheet as CSV lines, as an
 * office would see the file. CI installs libreoffice-calc-nogui (.ci/run); a machine without
 * it cannot run this check, and says so.
 */
export function sheetAsCsv(xlsx: Buffer): string[] {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
  if (!soffice) throw new Error('LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ancha-export-'));
  try {
    const file = path.join(dir, 'export.xlsx');
    fs.writeFileSync(file, xlsx);
    // UTF-8 (76), comma-separated, with a profile of its own so parallel runs do not collide.
    const args = ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to'];
    args.push('csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file);
    execFileSync(soffice, args, { stdio: 'ignore', timeout: 120_000 });
    return fs.readFileSync(path.join(dir, 'export.csv'), 'utf8').trim().split('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The column names of an official sheet: row 3 names the grouped columns, row 2 the others. */
export function columnNames(lines: string[]): string[] {
  const groups = lines[1]!.split(',');
  return lines[2]!.split(',').map((name, i) => name || groups[i]!);
}
