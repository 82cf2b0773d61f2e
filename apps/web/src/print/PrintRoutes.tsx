import { Route, Routes } from 'react-router';
import { NotFound } from '../shared/status-pages.tsx';
import { CatalogPrintPage } from './CatalogPrintPage.tsx';

/** Routes under /print/*: paper documents, outside both clients' frames; loaded on demand. */
export default function PrintRoutes() {
  return (
    <Routes>
      <Route path="catalogs/:id" element={<CatalogPrintPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
