import { useEffect } from 'preact/hooks';
import { Filters } from './components/Filters';
import { Header } from './components/Header';
import { IncidentMap } from './components/IncidentMap';
import { IncidentDetail } from './components/IncidentDetail';
import { Pipeline } from './components/Pipeline';
import { StackStatus } from './components/StackStatus';
import { Results } from './components/Results';
import { SearchBar } from './components/SearchBar';
import { Timeline } from './components/Timeline';
import { navigate, state } from './store';

export function App() {
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const open = Boolean(state.value.incident);
  return (
    <div class="app">
      <Header />
      <SearchBar />
      <div class="layout">
        <aside class="side">
          <Filters />
          <StackStatus />
          <Pipeline />
        </aside>
        <main class="main" id="main" tabIndex={-1}>
          {open ? (
            <IncidentDetail />
          ) : (
            <>
              <IncidentMap />
              <Timeline />
              <Results />
            </>
          )}
        </main>
      </div>
    </div>
  );
}

const typing = (el: Element | null) => !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/** Keyboard: "/" search, j/k or ↓/↑ move through results, Esc back from an incident. */
function onKey(e: KeyboardEvent): void {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const active = document.activeElement;
  if (e.key === '/' && !typing(active)) {
    e.preventDefault();
    const q = document.getElementById('q') as HTMLInputElement | null;
    q?.focus();
    q?.select();
    return;
  }
  if (e.key === 'Escape') {
    if (typing(active)) {
      (active as HTMLElement).blur();
      return;
    }
    const s = state.value;
    if (s.incident) {
      e.preventDefault();
      navigate({ ...s, incident: '' });
      const id = s.incident;
      requestAnimationFrame(() => (document.querySelector(`.result[data-id="${CSS.escape(id)}"]`) as HTMLElement | null)?.focus());
    }
    return;
  }
  if (typing(active) || state.value.incident) return;
  const down = e.key === 'j' || e.key === 'ArrowDown';
  const up = e.key === 'k' || e.key === 'ArrowUp';
  if (!down && !up) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.result')];
  if (!links.length) return;
  const at = links.indexOf(active as HTMLAnchorElement);
  if (at === -1 && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && !document.querySelector('.results')?.contains(active)) {
    // Arrow keys elsewhere keep their native meaning (scrolling), unless nothing is focused.
    if (active && active !== document.body) return;
  }
  e.preventDefault();
  const next = at === -1 ? (down ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + (down ? 1 : -1)));
  links[next].focus();
}
