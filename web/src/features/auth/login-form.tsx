// Staff sign-in. In demo mode the demo accounts are listed (their password is public on purpose).
import { useState, type FormEvent } from 'react'
import { errorText } from '../../api/error-text'
import type { SessionInfo } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { useSession } from './session'

export function LoginForm({
  demo,
  onDone,
}: {
  demo: boolean | undefined
  onDone(session: SessionInfo): void
}) {
  const { t, lang } = useI18n()
  const { login } = useSession()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      onDone(await login(username, password))
    } catch (err) {
      setError(errorText(err, lang))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
      <h2 id="login-title">{t('loginTitle')}</h2>
      <label>
        {t('username')}
        <input
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        {t('password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('signingIn') : t('signIn')}
      </button>
      {demo && <p className="hint demo-hint">{t('demoAccounts')}</p>}
    </form>
  )
}
