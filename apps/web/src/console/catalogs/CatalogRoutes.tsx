import { Route, Routes } from 'react-router';
import { NotFound } from '../../shared/status-pages.tsx';
import { CatalogPage } from './CatalogPage.tsx';
import { CatalogsPage } from './CatalogsPage.tsx';
import { DraftEditorPage } from './editor/DraftEditorPage.tsx';

/** Pages under /console/catalogs: the browser, one catalog, and the draft editor. */
export function CatalogRoutes() {
  return (
    <Routes>
      <Route index element={<CatalogsPage />} />
      <Route path=":id" element={<CatalogPage />} />
      <Route path=":id/versions/:version/edit" element={<DraftEditorPage />} />
      <Route path="*" element={<NotFound home="/console/catalogs" />} />
    </Routes>
  );
}
