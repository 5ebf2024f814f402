/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ld-cli-common.h"

LdDatabase *
ld_cli_open_database (const char          *path,
                      LdDatabaseOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  LdDatabase *db;

  g_return_val_if_fail (path != NULL, NULL);

  db = ld_database_open (path, flags, &error);
  if (db == NULL)
    g_printerr ("legal-desk-cli: %s\n", error->message);
  return db;
}

/* Prints "legal-desk-cli [COMMAND]: MESSAGE" on stderr. */
static void G_GNUC_PRINTF (2, 0)
print_error (const char *command,
             const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (command != NULL)
    g_printerr ("legal-desk-cli %s: %s\n", command, message);
  else
    g_printerr ("legal-desk-cli: %s\n", message);
}

int
ld_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  print_error (command, format, args);
  va_end (args);

  if (command != NULL)
    g_printerr (_("Run “legal-desk-cli %s --help” for usage.\n"), command);
  else
    g_printerr ("%s\n", _("Run “legal-desk-cli --help” for usage."));
  return LD_CLI_EXIT_USAGE;
}

int
ld_cli_option_usage_error (GOptionContext *context,
                           const char     *command,
                           const char     *message)
{
  g_autofree char *help = NULL;

  g_return_val_if_fail (context != NULL, LD_CLI_EXIT_USAGE);

  help = g_option_context_get_help (context, TRUE, NULL);
  if (command != NULL)
    g_printerr ("legal-desk-cli %s: %s\n\n%s", command, message, help);
  else
    g_printerr ("legal-desk-cli: %s\n\n%s", message, help);
  return LD_CLI_EXIT_USAGE;
}

int
ld_cli_failure (const char *command,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  print_error (command, format, args);
  va_end (args);
  return LD_CLI_EXIT_FAILURE;
}

JsonObject *
ld_cli_json_row_new (gint64      id,
                     const char *number,
                     const char *status)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "id", id);
  if (number != NULL)
    json_object_set_string_member (object, "number", number);
  else
    json_object_set_null_member (object, "number");
  if (status != NULL)
    json_object_set_string_member (object, "status", status);
  else
    json_object_set_null_member (object, "status");
  return object;
}

void
ld_cli_json_set_string_or_null (JsonObject *object,
                                const char *member,
                                const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

void
ld_cli_print_json (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *line = NULL;

  g_return_if_fail (object != NULL);

  json_node_set_object (node, object);
  line = json_to_string (node, FALSE);
  /* Lines must not interleave with other output when piped. */
  fputs (line, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

/* Terminal columns of @text: CJK and full-width characters take two. */
static int
display_width (const char *text)
{
  int width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

static void
print_cell (const char *text,
            int         width)
{
  int pad = width - display_width (text);

  g_print ("%s%*s", text, MAX (pad, 0) + 2, "");
}

void
ld_cli_print_table (const char * const *headers,
                    gsize               n_columns,
                    GPtrArray          *rows)
{
  g_autofree int *widths = g_new (int, n_columns);

  g_return_if_fail (headers != NULL);
  g_return_if_fail (rows != NULL);

  for (gsize c = 0; c < n_columns; c++)
    widths[c] = display_width (headers[c]);
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      for (gsize c = 0; c < n_columns; c++)
        widths[c] = MAX (widths[c], display_width (row[c]));
    }

  for (gsize c = 0; c < n_columns; c++)
    print_cell (headers[c], widths[c]);
  g_print ("\n");
  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);

      for (gsize c = 0; c < n_columns; c++)
        print_cell (row[c], widths[c]);
      g_print ("\n");
    }
}

/* Parses "YYYY-MM-DD" into @date. */
gboolean
ld_cli_parse_day (const char *text,
                  GDate      *date)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", text);

  time = g_date_time_new_from_iso8601 (iso, NULL);
  if (time == NULL || strlen (text) != 10)
    return FALSE;
  g_date_set_dmy (date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  return TRUE;
}

gboolean
ld_cli_today_option (const char *command,
                     const char *text,
                     GDate      *out)
{
  g_date_clear (out, 1);
  if (text != NULL)
    {
      if (!ld_cli_parse_day (text, out))
        {
          ld_cli_usage_error (command, _("“%s” is not a date; write it as YYYY-MM-DD."), text);
          return FALSE;
        }
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (out, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  return TRUE;
}
