import { render } from 'preact';
import { glossary } from '../../utils/glossary';

function Overview() {
  const { document } = glossary;
  return (
    <article>
      <h1>{document.title}</h1>
      {document.intro.map((paragraph) => (
        <p key={paragraph.text}>{paragraph.text}</p>
      ))}
      {document.sections.map((section) => (
        <section key={section.id} id={section.id}>
          <h2>{section.heading}</h2>
          {section.blocks.map((block) =>
            block.kind === 'paragraph' ? (
              <p key={block.text}>{block.text}</p>
            ) : (
              <ul key={block.items[0]?.text}>
                {block.items.map((item) => (
                  <li key={item.text}>{item.text}</li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </article>
  );
}

const app = document.getElementById('app');
if (app) render(<Overview />, app);
