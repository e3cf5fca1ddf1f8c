/**
 * The problems of a file, each with its place: a line and column for text that is no JSON,
 * otherwise the place the caller names in words (from the problem's JSON Pointer).
 */
import type { Problem } from '../../core/problem.ts';

export function FileProblemList({
  problems,
  place,
  className,
}: {
  problems: readonly Problem[];
  /** The place of a JSON Pointer in words, with the pointer; "" for the whole file. */
  place: (pointer: string) => string;
  className?: string;
}) {
  return (
    <ul className={className}>
      {problems.map((problem, index) => {
        const where =
          problem.line !== undefined
            ? `regel ${problem.line}, kolom ${problem.column ?? 1}`
            : place(problem.path);
        return (
          <li key={index}>
            {where && <span className="problem-where">{where}: </span>}
            {problem.severity === 'warning' ? 'waarschuwing: ' : ''}
            {problem.message}
          </li>
        );
      })}
    </ul>
  );
}
