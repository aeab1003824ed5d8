import type { Metadata } from 'next'
import { projects } from '@/data/projects'
import { t } from '@/lib/site/i18n'
import { pageMetadata } from '@/lib/publishing/metadata'
import { routes } from '@/lib/publishing/routes'

export const metadata: Metadata = pageMetadata({ path: routes.projects(), title: t.projects, description: t.projectsDescription })

export default function ProjectsPage() {
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{t.projects}</h1>
      <p className="mt-2 text-gray-600 dark:text-gray-300">{t.projectsDescription}</p>
      <ul className="mt-8 grid gap-6 sm:grid-cols-2">
        {projects.map((project) => (
          <li key={project.title} className="rounded-lg border border-gray-200 p-5 dark:border-gray-800">
            <article className="space-y-2">
              <h2 className="text-xl font-bold">{project.title}</h2>
              {project.period && <p className="text-sm text-gray-500 dark:text-gray-400">{project.period}</p>}
              <p className="text-gray-600 dark:text-gray-300">{project.description}</p>
              {project.tech && project.tech.length > 0 && (
                <ul className="flex flex-wrap gap-2 text-sm text-gray-500 dark:text-gray-400">
                  {project.tech.map((tech) => (
                    <li key={tech}>{tech}</li>
                  ))}
                </ul>
              )}
              {project.href && (
                <a href={project.href} className="text-accent-600 dark:text-accent-400 font-medium" rel="noopener noreferrer">
                  {t.projectLink} →
                </a>
              )}
            </article>
          </li>
        ))}
      </ul>
    </>
  )
}
