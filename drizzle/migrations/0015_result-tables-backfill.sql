-- A database migrated from before result tables gets today's results page: the seeded tables
-- whose metrics (and dimension) it defines, and the units of the seeded metrics still on
-- 'count'. Idempotent (INSERT OR IGNORE by code); a fresh database is filled by the seed.
UPDATE stat_metric SET unit = 'crimes' WHERE code = 'crimes_registered' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'cases' WHERE code = 'criminal_cases_opened' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'defendants' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'cases' WHERE code = 'investigations_completed' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'persons_sent_to_court' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'persons_convicted' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'victims_identified' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'potential_victims' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'victims_assisted' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'at_risk_assisted' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'services' WHERE code = 'assistance_provided' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'calls' WHERE code = 'hotline_calls' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'groups' WHERE code = 'criminal_groups_neutralised' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'criminal_group_members' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'street_children_identified' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'repatriations' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'persons' WHERE code = 'financial_assistance_recipients' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'azn' WHERE code = 'financial_assistance_amount' AND unit = 'count';
--> statement-breakpoint
UPDATE stat_metric SET unit = 'azn' WHERE code = 'ngo_grants_amount' AND unit = 'count';
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'crimes', 'Qeydə alınmış cinayətlər, Cinayət Məcəlləsinin maddələri üzrə', 'Crimes registered, by Criminal Code article', 2, 10, 'stacked', (SELECT id FROM stat_metric WHERE code = 'crimes_registered'), (SELECT id FROM stat_dimension WHERE code = 'article'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'crimes_registered') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'article');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'funnel', 'Cinayətdən hökmə qədər', 'From crime to sentence', 2, 20, 'funnel', NULL, NULL, 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'crimes_registered') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'criminal_cases_opened') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'defendants') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'investigations_completed') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'persons_sent_to_court') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'persons_convicted') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'persons_convicted');
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Qeydə alınmış cinayətlər', 'Crimes registered', 1 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'crimes_registered' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 1);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Başlanmış cinayət işləri', 'Criminal cases opened', 2 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'criminal_cases_opened' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 2);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Təqsirləndirilən şəxslər', 'Defendants', 3 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'defendants' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 3);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Başa çatdırılmış istintaqlar', 'Investigations completed', 4 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'investigations_completed' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 4);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Məhkəməyə göndərilmiş şəxslər', 'Persons sent to court', 5 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'persons_sent_to_court' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 5);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', 'Məhkum edilmiş şəxslər', 'Persons convicted', 6 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'persons_convicted' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 6);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, 'sentence=imprisonment', 'Azadlıqdan məhrum edilmişlər', 'Sentenced to imprisonment', 7 FROM result_table rt, stat_metric m WHERE rt.code = 'funnel' AND m.code = 'persons_convicted' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 7);
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'defendants', 'Təqsirləndirilən şəxslər, cins üzrə', 'Defendants, by sex', 2, 30, 'stacked', (SELECT id FROM stat_metric WHERE code = 'defendants'), (SELECT id FROM stat_dimension WHERE code = 'sex'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'defendants') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'sex');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'court_sex', 'Məhkəməyə göndərilmiş şəxslər, cins üzrə', 'Persons sent to court, by sex', 2, 40, 'stacked', (SELECT id FROM stat_metric WHERE code = 'persons_sent_to_court'), (SELECT id FROM stat_dimension WHERE code = 'sex'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'persons_sent_to_court') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'sex');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'convicted', 'Məhkum edilmiş şəxslər, cəza növü üzrə', 'Persons convicted, by sentence', 2, 50, 'stacked', (SELECT id FROM stat_metric WHERE code = 'persons_convicted'), (SELECT id FROM stat_dimension WHERE code = 'sentence'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'persons_convicted') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'sentence');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'victims_sex', 'Müəyyən edilmiş qurbanlar, cins üzrə', 'Victims identified, by sex', 3, 60, 'stacked', (SELECT id FROM stat_metric WHERE code = 'victims_identified'), (SELECT id FROM stat_dimension WHERE code = 'sex'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_identified') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'sex');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'victims_age', 'Müəyyən edilmiş qurbanlar, yetkinlər və uşaqlar', 'Victims identified, adults and children', 3, 70, 'stacked', (SELECT id FROM stat_metric WHERE code = 'victims_identified'), (SELECT id FROM stat_dimension WHERE code = 'age'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_identified') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'age');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'victims_age_national', 'Müəyyən edilmiş qurbanlar, yaş üzrə (milli hesabatın intervalları)', 'Victims identified, by age (national report bands)', 3, 80, 'stacked', (SELECT id FROM stat_metric WHERE code = 'victims_identified'), (SELECT id FROM stat_dimension WHERE code = 'age_national'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_identified') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'age_national');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'victims_exploitation', 'Müəyyən edilmiş qurbanlar, istismar forması üzrə', 'Victims identified, by form of exploitation', 3, 90, 'stacked', (SELECT id FROM stat_metric WHERE code = 'victims_identified'), (SELECT id FROM stat_dimension WHERE code = 'exploitation'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_identified') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'exploitation');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'victims_citizenship', 'Müəyyən edilmiş qurbanlar, vətəndaşlar və əcnəbilər', 'Victims identified, citizens and foreigners', 3, 100, 'stacked', (SELECT id FROM stat_metric WHERE code = 'victims_identified'), (SELECT id FROM stat_dimension WHERE code = 'citizenship'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_identified') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'citizenship');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'assistance', 'Göstərilmiş yardım, növlər üzrə', 'Assistance provided, by type', 3, 110, 'hbar', (SELECT id FROM stat_metric WHERE code = 'assistance_provided'), (SELECT id FROM stat_dimension WHERE code = 'assistance_type'), 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'assistance_provided') AND EXISTS (SELECT 1 FROM stat_dimension WHERE code = 'assistance_type');
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'assisted', 'Yardım almış şəxslər', 'Persons assisted', 3, 120, 'bar', NULL, NULL, 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'victims_assisted') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'at_risk_assisted') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'repatriations') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'financial_assistance_recipients') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'street_children_identified');
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 1 FROM result_table rt, stat_metric m WHERE rt.code = 'assisted' AND m.code = 'victims_assisted' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 1);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 2 FROM result_table rt, stat_metric m WHERE rt.code = 'assisted' AND m.code = 'at_risk_assisted' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 2);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 3 FROM result_table rt, stat_metric m WHERE rt.code = 'assisted' AND m.code = 'repatriations' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 3);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 4 FROM result_table rt, stat_metric m WHERE rt.code = 'assisted' AND m.code = 'financial_assistance_recipients' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 4);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 5 FROM result_table rt, stat_metric m WHERE rt.code = 'assisted' AND m.code = 'street_children_identified' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 5);
--> statement-breakpoint
INSERT OR IGNORE INTO result_table (code, title_az, title_en, aim, sort_order, chart, metric_id, dimension_id, published) SELECT 'amounts', 'Maliyyə yardımı və qrantlar', 'Financial assistance and grants', 3, 130, 'bar', NULL, NULL, 1 WHERE EXISTS (SELECT 1 FROM stat_metric WHERE code = 'financial_assistance_amount') AND EXISTS (SELECT 1 FROM stat_metric WHERE code = 'ngo_grants_amount');
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 1 FROM result_table rt, stat_metric m WHERE rt.code = 'amounts' AND m.code = 'financial_assistance_amount' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 1);
--> statement-breakpoint
INSERT INTO result_row (table_id, metric_id, category_key, label_az, label_en, sort_order) SELECT rt.id, m.id, '', NULL, NULL, 2 FROM result_table rt, stat_metric m WHERE rt.code = 'amounts' AND m.code = 'ngo_grants_amount' AND NOT EXISTS (SELECT 1 FROM result_row x WHERE x.table_id = rt.id AND x.sort_order = 2);
