/* A freeDiameter extension for the tests: advertise one application, answer nothing. */
#include <freeDiameter/extension.h>

static int app_entry(char *conffile)
{
	struct dict_object *app = NULL;
	struct dict_application_data data = { 5, "Test application 5" };
	TRACE_ENTRY("%p", conffile);
	if (fd_dict_search(fd_g_config->cnf_dict, DICT_APPLICATION, APPLICATION_BY_ID, &data.application_id, &app, ENOENT) != 0)
		CHECK_FCT(fd_dict_new(fd_g_config->cnf_dict, DICT_APPLICATION, &data, NULL, &app));
	CHECK_FCT(fd_disp_app_support(app, NULL, 1, 0));
	return 0;
}

EXTENSION_ENTRY("test_app", app_entry);
