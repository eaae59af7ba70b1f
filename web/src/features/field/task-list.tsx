// A mine's open tasks with their clocks (from the work queue: rule, what, due date, days left).
import type { MessageKey } from '../../i18n/dict'
import { useI18n } from '../../i18n/i18n'
import type { FieldMine } from './area-store'

export function TaskList({ mine }: { mine: FieldMine }) {
  const { t } = useI18n()
  if (!mine.tasks.length) return <p className="muted">{t('fieldAppNoTasks')}</p>
  return (
    <ul className="field-tasks">
      {mine.tasks.map((task, i) => (
        <li key={`${task.kind}-${i}`} className={task.overdue ? 'overdue' : undefined}>
          {t('fieldAppTask', { rule: task.rule ?? '', what: t(`homeKind_${task.kind}` as MessageKey) })}
          {task.dueOn && (
            <>
              {' · '}
              {t('homeDueOn', { date: task.dueOn })}
              {task.daysLeft !== null &&
                ` · ${task.daysLeft < 0 ? t('homeDaysOver', { n: -task.daysLeft }) : t('homeDaysLeft', { n: task.daysLeft })}`}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
