"""Words at the edge: the domain's verdicts, codes and numbers written for people, in the reader's
language (``posassist.i18n``). The domain never imports these; services, the window and the
command line do."""
