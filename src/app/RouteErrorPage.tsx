import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from './ErrorFallback';
import { NotFoundPage } from './NotFoundPage';

/** Errors caught by the router: a 404 reads as "not found", anything else as a crash. */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return standalone ? (
      <main id="main" tabIndex={-1} className="layout__main">
        <NotFoundPage />
      </main>
    ) : (
      <NotFoundPage />
    );
  }
  // Keep the details for whoever opens the console; the screen shows plain words.
  console.error(error);
  return <ErrorFallback standalone={standalone} />;
}
