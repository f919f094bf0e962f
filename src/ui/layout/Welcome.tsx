import { CREATE_CHOICES } from '../drafts/createChoices'
import { DraftList } from '../drafts/DraftList'
import { usePackStore } from '../state/usePackStore'

/** The start page: the drafts kept in this browser, and the ways to start a new pack. */
export function Welcome() {
  const store = usePackStore()
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Create a Palette pack</h2>
      <p>Everything happens in this browser: nothing is uploaded. Drafts are saved here as you type.</p>
      <div className="welcome__choices">
        {CREATE_CHOICES.map((choice) => (
          <button key={choice.id} type="button" className="choice" onClick={() => { store.replacePack(choice.create(), choice.lintMode) }}>
            <span className="choice__title">{choice.title}</span>
            <span className="choice__text">{choice.text}</span>
          </button>
        ))}
      </div>
      <DraftList />
    </section>
  )
}
