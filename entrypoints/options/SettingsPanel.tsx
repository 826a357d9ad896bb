import type { SettingsModel } from './settings-model';
import { t } from '@/lib/i18n/t';
import { formatBytes, formatMoment } from '@/lib/ui/time-format';

const size = (n: number | null) => (n === null ? t('storageUnknown') : formatBytes(n));

/** Settings: storage used and free, persistence, the shortcut, summary length, private windows. */
export function SettingsPanel({ model }: { model: SettingsModel }) {
  const s = model.storage.value;
  return (
    <section id="settings" class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings')}</h2>
      <dl>
        <dt>{t('settingsStorage')}</dt>
        <dd>
          {t('storageUsed', { used: size(s.usage), quota: size(s.quota) })}{' '}
          {s.persisted ? (
            <span>{t('persistentYes')}</span>
          ) : (
            <>
              <span>{t('persistentNo')} </span>
              <button type="button" onClick={() => void model.persist()}>{t('makePersistent')}</button>
            </>
          )}
        </dd>
        <dt>{t('settingsShortcut')}</dt>
        <dd>
          {model.shortcut.value ? <kbd>{model.shortcut.value}</kbd> : t('shortcutNone')} {t('shortcutExplain')}{' '}
          <button type="button" onClick={() => void model.openShortcutSettings()}>{t('changeShortcut')}</button>
        </dd>
        <dt>
          <label for="summary-length">{t('settingsSummaryLength')}</label>
        </dt>
        <dd>
          <input id="summary-length" type="number" min={1} max={7} value={model.sentences.value} onChange={(e) => void model.setSentences(Number(e.currentTarget.value))} />
        </dd>
        <dt>{t('settingsPrivate')}</dt>
        <dd>
          <label>
            <input type="checkbox" checked={model.privateClips.value} onChange={(e) => void model.setPrivateClips(e.currentTarget.checked)} /> {t('privateAllow')}
          </label>
          <p class="small muted">{t('privateNote')}</p>
        </dd>
        <dt>{t('settingsBackups')}</dt>
        <dd>
          {model.lastBackup.value ? t('lastBackup', { date: formatMoment(model.lastBackup.value, false) }) : t('noBackup')} {t('backupExplain')}
        </dd>
        <dt>{t('settingsKeys')}</dt>
        <dd>{t('keysList')}</dd>
      </dl>
    </section>
  );
}
