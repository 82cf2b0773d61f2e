-- A published catalog version never changes (issue 3, ARCHITECTURE.md "Catalogs are versioned"):
-- its categories and items can be neither changed nor removed, and none can be added to it.
-- The version row itself may only move forward in status (draft → published → retired).
-- A restore from backup (db/backup.ts) re-creates published versions with their items, and says
-- so with the transaction-local setting ancha.restoring.
CREATE FUNCTION catalog_content_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
BEGIN
  IF current_setting('ancha.restoring', true) = 'on' AND TG_OP = 'INSERT' THEN
    RETURN NEW;
  END IF;
  IF (SELECT status FROM catalog_versions WHERE id = target) <> 'draft'
     OR (TG_OP = 'UPDATE' AND (SELECT status FROM catalog_versions WHERE id = OLD.version_id) <> 'draft') THEN
    RAISE EXCEPTION 'catalog version % is published and cannot change', target USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER catalog_items_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalog_items
  FOR EACH ROW EXECUTE FUNCTION catalog_content_frozen();
--> statement-breakpoint
CREATE TRIGGER catalog_categories_frozen BEFORE INSERT OR UPDATE OR DELETE ON catalog_categories
  FOR EACH ROW EXECUTE FUNCTION catalog_content_frozen();
--> statement-breakpoint
CREATE FUNCTION catalog_version_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'catalog version % is published and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (
       NEW.name IS DISTINCT FROM OLD.name OR NEW.source IS DISTINCT FROM OLD.source
       OR NEW.version IS DISTINCT FROM OLD.version OR NEW.catalog_id IS DISTINCT FROM OLD.catalog_id
       OR NOT (NEW.status = OLD.status OR (OLD.status = 'published' AND NEW.status = 'retired'))) THEN
    RAISE EXCEPTION 'catalog version % is published and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER catalog_versions_forward_only BEFORE UPDATE OR DELETE ON catalog_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_version_forward_only();
