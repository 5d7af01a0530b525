/** The attempts a database file holds, read the way a person would check them: which question, what answer. */
import Database from 'better-sqlite3';

export function attemptsIn(db: string): { q: string; answer: string }[] {
  const check = new Database(db, { readonly: true });
  try {
    return check.prepare('SELECT question_id AS q, answer FROM attempts ORDER BY id').all() as { q: string; answer: string }[];
  } finally {
    check.close();
  }
}
