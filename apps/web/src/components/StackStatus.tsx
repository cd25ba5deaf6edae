import { down, t } from '../store';

/** What the API's /health says is down (the launcher restarts it): shown only while something is. */
export function StackStatus() {
  const d = t.value;
  const parts = down.value;
  if (!parts?.length) return null;
  return (
    <section class="panel stack-down" role="alert" aria-labelledby="stack-down-h" data-state="down">
      <h2 id="stack-down-h">{d.stackDown}</h2>
      <ul>
        {parts.map((p) => (
          <li key={p.part} data-part={p.part}>
            <strong>{d.downPart[p.part] ?? p.part}</strong>: <span dir="ltr">{p.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
