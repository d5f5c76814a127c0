-- Schema step 8: each patient's preferred language (core/i18n/Languages: 'en', 'de', 'fr',
-- 'es'), in which handouts and other documents for the patient are written. NULL when not
-- recorded: documents then follow the application's language.
ALTER TABLE patient ADD COLUMN language TEXT;
