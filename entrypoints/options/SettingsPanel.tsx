import type { SettingsModel } from './settings-model';

const mb = (n: number | null) => (n === null ? 'unknown' : n < 1e9 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e9).toFixed(1)} GB`);

/** Settings: storage used and free, persistence, the shortcut, summary length, private windows. */
export function SettingsPanel({ model }: { model: SettingsModel }) {
  const s = model.storage.value;
  return (
    <section id="settings" class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <dl>
        <dt>Storage</dt>
        <dd>
          {mb(s.usage)} used of {mb(s.quota)} available to Brief.{' '}
          {s.persisted ? (
            <span>Persistent: the browser will not evict your library to free space.</span>
          ) : (
            <>
              <span>Not persistent yet: under disk pressure the browser may clear it. </span>
              <button type="button" onClick={() => void model.persist()}>Make persistent</button>
            </>
          )}
        </dd>
        <dt>Keyboard shortcut</dt>
        <dd>
          {model.shortcut.value ? <kbd>{model.shortcut.value}</kbd> : 'None set'} clips the current page without opening the popup.{' '}
          <button type="button" onClick={() => void model.openShortcutSettings()}>Change shortcut</button>
        </dd>
        <dt>
          <label for="summary-length">Key points in a summary</label>
        </dt>
        <dd>
          <input id="summary-length" type="number" min={1} max={7} value={model.sentences.value} onChange={(e) => void model.setSentences(Number(e.currentTarget.value))} />
        </dd>
        <dt>Private windows</dt>
        <dd>
          <label>
            <input type="checkbox" checked={model.privateClips.value} onChange={(e) => void model.setPrivateClips(e.currentTarget.checked)} /> Allow saving pages from private windows
          </label>
          <p class="small muted">Also needs “Allow in Incognito” on the browser's extension page. Clips land in this library, which is not private.</p>
        </dd>
        <dt>Backups</dt>
        <dd>
          {model.lastBackup.value ? `Last full backup: ${new Date(model.lastBackup.value).toLocaleDateString()}.` : 'No full backup yet.'} Uninstalling Brief deletes the library; a backup file keeps it.
        </dd>
      </dl>
    </section>
  );
}
