import { ShortcutList } from '../../components/ShortcutList';
import { glossary } from '../../glossary/runtime/bundled';
import { CARE_TEAM_NOTE, HOW_TO_USE } from '../../utils/how-to-use';

/** The first-run page: what the extension does, what it covers, how to use it, privacy and the care-team note. */
export function WelcomePage() {
  return (
    <main class="welcome">
      <h1>Welcome to MedTerm Explainer</h1>
      <p class="welcome__lead">
        Medical words on the pages you read — research papers, hospital portals, health sites — get a dotted underline.
        Point at one, or tap it, and a card explains it in plain words, right where it is.
      </p>

      <h2>What it covers</h2>
      <p>
        Stage 4 neuroblastoma and the words families meet in childhood cancer care: tests, scans, treatments, side
        effects and results — {glossary.entries.length} words in all, explained from one trusted overview. The toolbar
        button holds that whole overview, a searchable glossary and the words on the page you are reading.
      </p>

      <h2>How to use it</h2>
      <ul class="welcome__ways">
        {HOW_TO_USE.map(({ way, how }) => (
          <li key={way}>
            <strong>{way}:</strong> {how}
          </li>
        ))}
      </ul>
      <h3>Keyboard shortcuts</h3>
      <ShortcutList />

      <h2>Private by design</h2>
      <p>
        Nothing you read leaves your browser: the extension sends nothing anywhere (its PDF reader only downloads the
        PDF you ask it to open), and your settings and saved questions stay on this device.
      </p>

      <h2>Please remember</h2>
      <p class="welcome__care">{CARE_TEAM_NOTE}</p>
    </main>
  );
}
