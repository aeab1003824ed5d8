'use client'
import { useTheme } from 'next-themes'
import { useSyncExternalStore } from 'react'
import { t } from '@/lib/site/i18n'

type Choice = 'light' | 'dark' | 'system'

/**
 * Three states, one button: system → the opposite of the OS → the OS's own → system again, so the first click
 * always changes what the reader sees and the third goes back to following the OS.
 */
function nextChoice(choice: Choice, os: 'light' | 'dark'): Choice {
  const opposite = os === 'dark' ? 'light' : 'dark'
  if (choice === 'system') return opposite
  return choice === opposite ? os : 'system'
}

const noop = () => () => {}
/** false while prerendering and hydrating, true after: the stored choice is only known in the browser. */
const useHydrated = () => useSyncExternalStore(noop, () => true, () => false)

export function ThemeToggle() {
  const { theme, systemTheme, setTheme } = useTheme()
  const hydrated = useHydrated()
  const choice: Choice = theme === 'light' || theme === 'dark' ? theme : 'system'
  const next = nextChoice(choice, systemTheme ?? 'light')
  // Before hydration the choice is unknown: a neutral label, and the sun or moon picked by CSS from the class
  // next-themes set before first paint, so nothing flickers.
  const label = hydrated ? t.themeButton(t.themeNames[choice], t.themeNames[next]) : t.theme
  const shown = hydrated ? choice : undefined
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-theme-choice={shown}
      className="rounded-md p-2 text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800"
      onClick={() => setTheme(next)}
    >
      {/* The icon says the current choice: sun, moon, or a screen for "as the OS". */}
      {shown === 'system' ? (
        <SystemIcon />
      ) : (
        <>
          <SunIcon className={shown ? (shown === 'light' ? '' : 'hidden') : 'dark:hidden'} />
          <MoonIcon className={shown ? (shown === 'dark' ? '' : 'hidden') : 'hidden dark:block'} />
        </>
      )}
    </button>
  )
}

function SunIcon({ className }: { className: string }) {
  return (
    <svg className={`h-5 w-5 ${className}`} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <path
        fillRule="evenodd"
        d="M10 2a1 1 0 011 1v1a1 1 0 11-2 0V3a1 1 0 011-1zm4 8a4 4 0 11-8 0 4 4 0 018 0zm-.464 4.95l.707.707a1 1 0 001.414-1.414l-.707-.707a1 1 0 00-1.414 1.414zm2.12-10.607a1 1 0 010 1.414l-.706.707a1 1 0 11-1.414-1.414l.707-.707a1 1 0 011.414 0zM17 11a1 1 0 100-2h-1a1 1 0 100 2h1zm-7 4a1 1 0 011 1v1a1 1 0 11-2 0v-1a1 1 0 011-1zM5.05 6.464A1 1 0 106.465 5.05l-.708-.707a1 1 0 00-1.414 1.414l.707.707zm1.414 8.486l-.707.707a1 1 0 01-1.414-1.414l.707-.707a1 1 0 011.414 1.414zM4 11a1 1 0 100-2H3a1 1 0 000 2h1z"
        clipRule="evenodd"
      />
    </svg>
  )
}

function MoonIcon({ className }: { className: string }) {
  return (
    <svg className={`h-5 w-5 ${className}`} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <path d="M17.293 13.293A8 8 0 016.707 2.707a8.001 8.001 0 1010.586 10.586z" />
    </svg>
  )
}

function SystemIcon() {
  return (
    <svg className="h-5 w-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <path
        fillRule="evenodd"
        d="M2 4.5A1.5 1.5 0 013.5 3h13A1.5 1.5 0 0118 4.5v8a1.5 1.5 0 01-1.5 1.5H12v1.5h2a.75.75 0 010 1.5H6a.75.75 0 010-1.5h2V14H3.5A1.5 1.5 0 012 12.5v-8zm1.5 0v8h13v-8h-13z"
        clipRule="evenodd"
      />
    </svg>
  )
}
