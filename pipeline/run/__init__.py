"""Running the pipeline: the stages with their I/O (`stages`), the unit of work (`jobs`) and the
engines that run jobs here, in local processes or on Dask (`engines`, `dask_engine`)."""
