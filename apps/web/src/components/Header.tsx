import { EMPTY_STATE } from '../lib/url-state';
import { navigate, state, t } from '../store';

export function Header() {
  const s = state.value;
  const d = t.value;
  return (
    <header class="top">
      <a class="skip" href="#main">
        {d.skip}
      </a>
      <div class="brand">
        <h1>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              navigate({ ...EMPTY_STATE, lang: s.lang });
            }}
          >
            {d.title}
          </a>
        </h1>
        <p class="subtitle">{d.subtitle}</p>
      </div>
      <div class="top-tools">
        <p class="keys" id="keys-help">
          {d.keysHelp}
        </p>
        <button type="button" class="lang" lang={s.lang === 'ar' ? 'en' : 'ar'} aria-label={d.languageLabel} onClick={() => navigate({ ...s, lang: s.lang === 'ar' ? 'en' : 'ar' }, { replace: true })}>
          {d.language}
        </button>
      </div>
    </header>
  );
}
